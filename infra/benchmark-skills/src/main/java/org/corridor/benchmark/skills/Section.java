package org.corridor.benchmark.skills;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This benchmark's section of {@code docs/benchmarks.md}, between its two markers: written in place of the earlier
 * one, or appended at the end of the file the first time.
 */
final class Section {

    static final String NAME = "skills-enrolment";
    static final String BEGIN = "<!-- benchmark:" + NAME + ":begin -->";
    static final String END = "<!-- benchmark:" + NAME + ":end -->";

    private Section() {
    }

    static void write(Path file, String markdown) throws IOException {
        String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n\n";
        Files.writeString(file, replace(existing, markdown), StandardCharsets.UTF_8);
    }

    static String replace(String document, String markdown) {
        String block = BEGIN + "\n" + markdown.strip() + "\n" + END + "\n";
        int from = document.indexOf(BEGIN);
        int to = document.indexOf(END);
        if (from < 0 || to < from) {
            return document.stripTrailing() + "\n\n" + block;
        }
        int after = to + END.length();
        if (after < document.length() && document.charAt(after) == '\n') {
            after++;
        }
        return document.substring(0, from) + block + document.substring(after);
    }
}
