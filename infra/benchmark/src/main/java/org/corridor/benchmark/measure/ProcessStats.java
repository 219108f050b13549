package org.corridor.benchmark.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What Linux says about a process and the machine ({@code /proc}): resident memory, CPU time, load. Elsewhere
 * every figure reads as unknown (-1) rather than failing the run.
 */
public final class ProcessStats {

    /** Clock ticks per second of {@code /proc/<pid>/stat} and {@code /proc/stat}; 100 on every Linux we run on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessStats() {
    }

    /** Resident set size now and its peak, in bytes. */
    public record Memory(long residentBytes, long peakResidentBytes) {
    }

    public static Memory memory(long pid) {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"));
            return new Memory(kibibytes(lines, "VmRSS:") * 1024, kibibytes(lines, "VmHWM:") * 1024);
        } catch (IOException | RuntimeException e) {
            return new Memory(-1, -1);
        }
    }

    /** CPU seconds a process has used, user and system. */
    public static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // The command name (field 2) may contain spaces; fields are counted after its closing parenthesis.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The machine's CPU time so far: busy (anything but idle and I/O wait) and total, in seconds over all cores. */
    public record MachineCpu(double busySeconds, double totalSeconds, double stealSeconds) {

        /** Share of the machine's capacity in use between {@code earlier} and this reading, 0..1. */
        public double busyShareSince(MachineCpu earlier) {
            double total = totalSeconds - earlier.totalSeconds;
            return total <= 0 ? -1 : (busySeconds - earlier.busySeconds) / total;
        }
    }

    public static MachineCpu machineCpu() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(fields.length, 9); i++) {
                total += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            long steal = fields.length > 8 ? Long.parseLong(fields[8]) : 0;
            return new MachineCpu((total - idle) / TICKS_PER_SECOND, total / TICKS_PER_SECOND, steal / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return new MachineCpu(-1, -1, -1);
        }
    }

    /** The 1, 5 and 15 minute load averages, as Linux prints them. */
    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " / " + fields[1] + " / " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static long kibibytes(List<String> status, String key) {
        return status.stream()
                .filter(line -> line.startsWith(key))
                .map(line -> line.substring(key.length()).trim().split("\\s+")[0])
                .mapToLong(Long::parseLong)
                .findFirst()
                .orElse(-1);
    }
}
