package org.corridor.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A benchmark's own section of {@code docs/benchmarks.md}, between {@code <!-- benchmark:<name>:begin -->} and its
 * end marker: a run writes it in place of its earlier self, or appends it at the end of the file the first time,
 * and leaves the rest of the file as it was. Every benchmark under {@code infra/} writes its figures through this.
 */
public final class BenchmarkSection {

    private BenchmarkSection() {
    }

    public static String begin(String section) {
        return "<!-- benchmark:" + section + ":begin -->";
    }

    public static String end(String section) {
        return "<!-- benchmark:" + section + ":end -->";
    }

    /** Puts {@code markdown} between the section's markers in {@code file}, in place of what was there. */
    public static void write(Path file, String section, String markdown) throws IOException {
        String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n\n";
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Files.writeString(file, replace(existing, section, markdown), StandardCharsets.UTF_8);
    }

    /** {@code document} with the section holding {@code markdown}: replaced where it is, else appended. */
    public static String replace(String document, String section, String markdown) {
        String block = begin(section) + "\n" + markdown.strip() + "\n" + end(section) + "\n";
        int from = document.indexOf(begin(section));
        int to = document.indexOf(end(section));
        if (from < 0 || to < from) {
            return document.endsWith("\n\n") ? document + block : document.stripTrailing() + "\n\n" + block;
        }
        int after = to + end(section).length();
        if (after < document.length() && document.charAt(after) == '\n') {
            after++;
        }
        return document.substring(0, from) + block + document.substring(after);
    }
}
