package org.corridor.benchmark.cycle.command;

import org.axonframework.common.caching.Cache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.corridor.benchmark.cycle.api.AggregateKind;
import org.corridor.benchmark.measure.CacheLookups;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.Map;

/**
 * Registers the cycle's aggregates as {@code @Aggregate(cache = "aggregateCache", snapshotTriggerDefinition =
 * "snapshotTrigger")} would, but only with what the platform offers: a service names those beans in its
 * annotations, while the benchmark must run against whatever the shared kernel holds when it is run, with or
 * without them. The cache, when there is one, is observed so updates can be told apart as hits and misses.
 */
@Component
public class CycleAggregates implements ConfigurerModule {

    static final String AGGREGATE_CACHE = "aggregateCache";
    static final String SNAPSHOT_TRIGGER = "snapshotTrigger";

    private static final Map<AggregateKind, Class<?>> TYPES = new EnumMap<>(Map.of(
            AggregateKind.TRAINEE, Trainee.class,
            AggregateKind.RECOGNITION_CASE, RecognitionCase.class,
            AggregateKind.CANDIDATE, Candidate.class,
            AggregateKind.JOB_ORDER, JobOrder.class,
            AggregateKind.PLACEMENT, Placement.class,
            AggregateKind.PERMIT_APPLICATION, PermitApplication.class,
            AggregateKind.RETURN_CASE, ReturnCase.class,
            AggregateKind.GRIEVANCE, Grievance.class));

    private final ApplicationContext context;
    private final CacheLookups cacheLookups;

    CycleAggregates(ApplicationContext context, CacheLookups cacheLookups) {
        this.context = context;
        this.cacheLookups = cacheLookups;
    }

    @Override
    public void configureModule(Configurer configurer) {
        TYPES.values().forEach(type -> configurer.configureAggregate(configured(type)));
    }

    private <A> AggregateConfigurer<A> configured(Class<A> type) {
        AggregateConfigurer<A> aggregate = AggregateConfigurer.defaultConfiguration(type);
        if (context.containsBean(AGGREGATE_CACHE)) {
            aggregate.configureCache(c -> cacheLookups.observe(context.getBean(AGGREGATE_CACHE, Cache.class)));
        }
        if (context.containsBean(SNAPSHOT_TRIGGER)) {
            aggregate.configureSnapshotTrigger(c -> context.getBean(SNAPSHOT_TRIGGER, SnapshotTriggerDefinition.class));
        }
        return aggregate;
    }

    /** The aggregate class of a kind, for loading one outside the platform's repositories. */
    public static Class<?> typeOf(AggregateKind kind) {
        return TYPES.get(kind);
    }
}
