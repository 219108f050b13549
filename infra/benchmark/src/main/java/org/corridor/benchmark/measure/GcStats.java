package org.corridor.benchmark.measure;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/** Collections of this JVM so far, all collectors together. */
public record GcStats(long collections, long millis) {

    public static GcStats now() {
        long count = 0;
        long time = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, collector.getCollectionCount());
            time += Math.max(0, collector.getCollectionTime());
        }
        return new GcStats(count, time);
    }

    public GcStats since(GcStats earlier) {
        return new GcStats(collections - earlier.collections, millis - earlier.millis);
    }
}
