package org.corridor.benchmark.load;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.corridor.benchmark.cycle.api.AggregateKind;
import org.corridor.benchmark.cycle.api.CycleEvents;
import org.corridor.benchmark.cycle.api.PersonFacts;
import org.corridor.benchmark.cycle.command.CycleAggregates;
import org.corridor.benchmark.cycle.query.CycleView;
import org.corridor.benchmark.cycle.query.CycleViews;
import org.corridor.kernel.audit.Actor;
import org.corridor.kernel.audit.AuditMetadata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Fills the store fast: whole cycles of people written straight into the platform's event store in large appends,
 * with exactly the events, sequence numbers and metadata the commands would have produced, and their read models
 * written in bulk. The streaming processors are stopped meanwhile and then moved to the head of the store: the
 * filled events count as projected and published long ago, as in a store that has grown over months. Without
 * this, a 300,000-event fill on two shared cores waits hours for a publisher that sends one event at a time.
 */
public final class BulkFill {

    private static final int PEOPLE_PER_APPEND = 40;

    private final EventStore eventStore;
    private final Configuration axon;
    private final CycleViews views;
    private final Workload workload;
    private final MetaData metaData;

    public BulkFill(EventStore eventStore, Configuration axon, CycleViews views, Workload workload, String service) {
        this.eventStore = eventStore;
        this.axon = axon;
        this.views = views;
        this.workload = workload;
        this.metaData = AuditMetadata.of(Actor.system(service), UUID.randomUUID().toString())
                .and(AuditMetadata.CAUSATION_ID, UUID.randomUUID().toString());
    }

    /** Appends whole people until the store holds at least {@code target} events; returns the events appended. */
    public long fillTo(long target) {
        List<StreamingEventProcessor> processors = streamingProcessors();
        processors.forEach(StreamingEventProcessor::shutDown);
        long appended = 0;
        Random random = new Random(target);
        try {
            while (workload.storedEvents() < target) {
                long missing = target - workload.storedEvents();
                int people = (int) Math.min(PEOPLE_PER_APPEND,
                        (missing + PersonCycle.EVENTS_PER_PERSON - 1) / PersonCycle.EVENTS_PER_PERSON);
                appended += appendPeople(random, people);
            }
            moveToHead(processors);
        } finally {
            processors.forEach(StreamingEventProcessor::start);
        }
        return appended;
    }

    private int appendPeople(Random random, int people) {
        List<EventMessage<?>> events = new ArrayList<>();
        Map<AggregateKind, List<CycleView>> opened = new EnumMap<>(AggregateKind.class);
        List<AggregateRegistry.Entry> aggregates = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            Person person = workload.arrivingPerson(random);
            Map<AggregateKind, Integer> sequence = new EnumMap<>(AggregateKind.class);
            Map<AggregateKind, CycleView> latest = new EnumMap<>(AggregateKind.class);
            Instant now = Instant.now();
            for (PersonCycle.Step step : PersonCycle.STEPS) {
                String aggregateId = person.aggregateId(step.kind());
                int seq = sequence.merge(step.kind(), 1, Integer::sum) - 1;
                CycleEvents.CycleEvent event = step.opens()
                        ? opened(step.kind(), aggregateId, person.facts(), step.stage())
                        : progressed(step.kind(), aggregateId, person.facts().personId(), step.stage(), seq + 1);
                events.add(new GenericDomainEventMessage<>(CycleAggregates.typeOf(step.kind()).getSimpleName(),
                        aggregateId, seq, event, metaData));
                if (step.opens()) {
                    aggregates.add(new AggregateRegistry.Entry(step.kind(), aggregateId));
                }
                latest.put(step.kind(), view(aggregateId, person.facts(), step.stage(), seq + 1, now));
            }
            latest.forEach((kind, view) -> opened.computeIfAbsent(kind, k -> new ArrayList<>()).add(view));
        }
        eventStore.publish(events);
        opened.forEach(views::insertAll);
        workload.filled(aggregates, events.size());
        return events.size();
    }

    private void moveToHead(List<StreamingEventProcessor> processors) {
        TransactionManager transactions = axon.getComponent(TransactionManager.class);
        TrackingToken head = eventStore.createHeadToken();
        for (StreamingEventProcessor processor : processors) {
            TokenStore tokens = axon.eventProcessingConfiguration().tokenStore(processor.getName());
            transactions.executeInTransaction(() -> {
                for (int segment : tokens.fetchSegments(processor.getName())) {
                    tokens.storeToken(head, processor.getName(), segment);
                    tokens.releaseClaim(processor.getName(), segment);
                }
            });
        }
    }

    private List<StreamingEventProcessor> streamingProcessors() {
        return axon.eventProcessingConfiguration().eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }

    private static CycleView view(String aggregateId, PersonFacts person, String stage, int stageNumber, Instant at) {
        return new CycleView(aggregateId, person.personId(), person.schemeId(), person.originCountry(),
                person.destinationCountry(), person.iscoCode(), person.track(), person.gender(), stage, stageNumber,
                at, at);
    }

    private static CycleEvents.CycleEvent opened(AggregateKind kind, String id, PersonFacts person, String stage) {
        return switch (kind) {
            case TRAINEE -> new CycleEvents.TraineeEnrolled(id, person, stage);
            case RECOGNITION_CASE -> new CycleEvents.RecognitionCaseOpened(id, person, stage);
            case CANDIDATE -> new CycleEvents.CandidateEnteredPool(id, person, stage);
            case JOB_ORDER -> new CycleEvents.JobOrderOpened(id, person, stage);
            case PLACEMENT -> new CycleEvents.PlacementAgreed(id, person, stage);
            case PERMIT_APPLICATION -> new CycleEvents.PermitApplied(id, person, stage);
            case RETURN_CASE -> new CycleEvents.ReturnCaseOpened(id, person, stage);
            case GRIEVANCE -> new CycleEvents.GrievanceFiled(id, person, stage);
        };
    }

    private static CycleEvents.CycleEvent progressed(AggregateKind kind, String id, String personId, String stage,
                                                     int number) {
        String note = "recorded by " + kind.service();
        return switch (kind) {
            case TRAINEE -> new CycleEvents.TraineeProgressed(id, personId, stage, number, note);
            case RECOGNITION_CASE -> new CycleEvents.RecognitionCaseProgressed(id, personId, stage, number, note);
            case CANDIDATE -> new CycleEvents.CandidateProgressed(id, personId, stage, number, note);
            case JOB_ORDER -> new CycleEvents.JobOrderProgressed(id, personId, stage, number, note);
            case PLACEMENT -> new CycleEvents.PlacementProgressed(id, personId, stage, number, note);
            case PERMIT_APPLICATION -> new CycleEvents.PermitApplicationProgressed(id, personId, stage, number, note);
            case RETURN_CASE -> new CycleEvents.ReturnCaseProgressed(id, personId, stage, number, note);
            case GRIEVANCE -> new CycleEvents.GrievanceProgressed(id, personId, stage, number, note);
        };
    }
}
