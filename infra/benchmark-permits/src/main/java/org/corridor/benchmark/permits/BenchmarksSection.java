package org.corridor.benchmark.permits;

import org.corridor.platform.BenchmarkSection;

import java.io.IOException;
import java.nio.file.Path;

/** This benchmark's section of {@code docs/benchmarks.md}, {@code permit-lodgement} ({@link BenchmarkSection}). */
final class BenchmarksSection {

    static final String NAME = "permit-lodgement";
    static final String BEGIN = BenchmarkSection.begin(NAME);
    static final String END = BenchmarkSection.end(NAME);

    private BenchmarksSection() {
    }

    static void write(Path file, String markdown) throws IOException {
        BenchmarkSection.write(file, NAME, markdown);
    }

    static String withSection(String document, String markdown) {
        return BenchmarkSection.replace(document, NAME, markdown);
    }
}
