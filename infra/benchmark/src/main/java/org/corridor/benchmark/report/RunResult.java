package org.corridor.benchmark.report;

import java.time.Instant;
import java.util.List;

/**
 * A whole run, as the report shows it.
 *
 * @param title          the section's heading
 * @param note           a sentence from the command line about why this run, or empty
 * @param started        when the run started
 * @param finished       when it finished
 * @param machine        cores, system, JDK, JVM options
 * @param loadAtStart    load averages (1/5/15 min) when the run started
 * @param loadAtEnd      load averages when it finished
 * @param buildCommand   how the jar was built
 * @param runCommand     the exact command that ran it
 * @param setup          what was measured and how, one line each
 * @param sizes          the figures at each size, smallest first
 */
public record RunResult(String title, String note, Instant started, Instant finished, String machine,
                        String loadAtStart, String loadAtEnd, String buildCommand, String runCommand,
                        List<String> setup, List<SizeResult> sizes) {
}
