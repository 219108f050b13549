package org.corridor.benchmark.infrastructure;

import org.corridor.benchmark.measure.ProcessStats;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

/**
 * Memory of one JVM: what the operating system holds for it and what its heap holds.
 *
 * @param residentBytes     resident set size (VmRSS) now
 * @param peakResidentBytes the largest resident set size so far (VmHWM)
 * @param heapUsedBytes     heap in use (after a full collection when asked for)
 * @param heapCommittedBytes heap the JVM had taken from the operating system (before that collection)
 * @param directBytes       direct byte buffers, the NIO per-thread temporary buffers among them
 */
public record JvmMemory(long residentBytes, long peakResidentBytes, long heapUsedBytes, long heapCommittedBytes,
                        long directBytes) {

    public static final JvmMemory UNKNOWN = new JvmMemory(-1, -1, -1, -1, -1);

    /**
     * This JVM's memory. Resident memory is read first, as the process holds it; with {@code collect}, heap used
     * is then read after a full collection, so it is what is live rather than what awaits collection.
     */
    public static JvmMemory ofThisJvm(boolean collect) {
        ProcessStats.Memory process = ProcessStats.memory(ProcessHandle.current().pid());
        long committed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
        if (collect) {
            System.gc();
        }
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long direct = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(pool -> pool.getName().equals("direct"))
                .mapToLong(BufferPoolMXBean::getMemoryUsed)
                .sum();
        return new JvmMemory(process.residentBytes(), process.peakResidentBytes(), heap.getUsed(), committed, direct);
    }

    String encode() {
        return residentBytes + " " + peakResidentBytes + " " + heapUsedBytes + " " + heapCommittedBytes + " "
                + directBytes;
    }

    static JvmMemory decode(String line) {
        String[] fields = line.trim().split(" ");
        return new JvmMemory(Long.parseLong(fields[0]), Long.parseLong(fields[1]), Long.parseLong(fields[2]),
                Long.parseLong(fields[3]), Long.parseLong(fields[4]));
    }
}
