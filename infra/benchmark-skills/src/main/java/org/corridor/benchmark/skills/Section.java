package org.corridor.benchmark.skills;

import org.corridor.platform.BenchmarkSection;

import java.io.IOException;
import java.nio.file.Path;

/** This benchmark's section of {@code docs/benchmarks.md}, {@code skills-enrolment} ({@link BenchmarkSection}). */
final class Section {

    static final String NAME = "skills-enrolment";
    static final String BEGIN = BenchmarkSection.begin(NAME);
    static final String END = BenchmarkSection.end(NAME);

    private Section() {
    }

    static void write(Path file, String markdown) throws IOException {
        BenchmarkSection.write(file, NAME, markdown);
    }

    static String replace(String document, String markdown) {
        return BenchmarkSection.replace(document, NAME, markdown);
    }
}
