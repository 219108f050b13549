package org.corridor.benchmark.load;

import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.corridor.benchmark.cycle.api.AggregateKind;
import org.corridor.benchmark.cycle.command.CycleAggregates;
import org.corridor.benchmark.measure.Latencies;
import org.corridor.benchmark.measure.Summary;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * Loads old aggregates the way a repository does on a cache miss (read the aggregate's snapshot if any and its
 * events from the platform's event store, apply them to a fresh instance), through repositories of its own that
 * have no cache, so every load is cold whatever the platform's cache holds.
 */
public final class ColdLoads {

    private final Map<AggregateKind, Repository<?>> repositories = new EnumMap<>(AggregateKind.class);

    public ColdLoads(EventStore eventStore) {
        for (AggregateKind kind : AggregateKind.values()) {
            repositories.put(kind, uncached(CycleAggregates.typeOf(kind), eventStore));
        }
    }

    private static <A> Repository<A> uncached(Class<A> type, EventStore eventStore) {
        return EventSourcingRepository.builder(type).eventStore(eventStore).build();
    }

    /** Loads up to {@code count} aggregates picked at random among those opened, for at most {@code limit}. */
    public Summary measure(Workload workload, int count, Duration limit) {
        Random random = new Random(7);
        Latencies latencies = new Latencies();
        long deadline = System.nanoTime() + limit.toNanos();
        for (int i = 0; i < count && System.nanoTime() < deadline; i++) {
            AggregateRegistry.Entry entry = workload.anyOpened(random);
            if (entry == null) {
                break;
            }
            long start = System.nanoTime();
            DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            try {
                repositories.get(entry.kind()).load(entry.aggregateId());
            } finally {
                unitOfWork.rollback();
            }
            latencies.add((System.nanoTime() - start) / 1000);
        }
        return latencies.summary();
    }
}
