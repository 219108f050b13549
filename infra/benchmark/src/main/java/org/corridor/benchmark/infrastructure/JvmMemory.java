package org.corridor.benchmark.infrastructure;

import org.corridor.benchmark.measure.ProcessStats;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

/**
 * Memory of one JVM: what the operating system holds for it and what its heap holds.
 *
 * @param residentBytes     resident set size (VmRSS) now
 * @param peakResidentBytes the largest resident set size so far (VmHWM)
 * @param heapUsedBytes     heap in use (after a full collection when asked for)
 * @param heapCommittedBytes heap the JVM has taken from the operating system
 */
public record JvmMemory(long residentBytes, long peakResidentBytes, long heapUsedBytes, long heapCommittedBytes) {

    /** This JVM's memory; with {@code collect}, after a full collection so heap used is what is live. */
    public static JvmMemory ofThisJvm(boolean collect) {
        if (collect) {
            System.gc();
        }
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        ProcessStats.Memory process = ProcessStats.memory(ProcessHandle.current().pid());
        return new JvmMemory(process.residentBytes(), process.peakResidentBytes(), heap.getUsed(), heap.getCommitted());
    }

    String encode() {
        return residentBytes + " " + peakResidentBytes + " " + heapUsedBytes + " " + heapCommittedBytes;
    }

    static JvmMemory decode(String line) {
        String[] fields = line.trim().split(" ");
        return new JvmMemory(Long.parseLong(fields[0]), Long.parseLong(fields[1]), Long.parseLong(fields[2]),
                Long.parseLong(fields[3]));
    }
}
