package org.corridor.benchmark.load;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.corridor.benchmark.cycle.api.Advance;
import org.corridor.benchmark.cycle.api.AggregateKind;
import org.corridor.benchmark.cycle.api.Open;
import org.corridor.benchmark.cycle.query.CycleViews;
import org.corridor.benchmark.measure.CacheLookups;

import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The commands and reads of many people walking through their cycles at once. Each call of {@link #perform}
 * takes one waiting person, sends their next command through the platform's command gateway, then reads the
 * aggregate's read model back, as a user looks at the record they just changed. A share of calls instead
 * reaches back to an aggregate opened long ago (a follow-up on an old case), which a bounded cache no longer
 * holds. Thread-safe: a person is held by one thread at a time.
 */
public final class Workload implements Load {

    private static final String OLD_CASE_STAGE = "follow-up-noted";

    private final CommandGateway commands;
    private final CycleViews views;
    private final CacheLookups cacheLookups;
    private final AggregateRegistry registry = new AggregateRegistry();
    private final Queue<Person> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicLong storedEvents;
    private final List<String> schemes = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
            UUID.randomUUID().toString());
    private volatile double oldCaseShare;
    private volatile boolean readBack = true;

    /**
     * @param activePeople people in the middle of their cycle at any time; more arrive if more threads call at once
     * @param storedEvents events already in the store
     */
    public Workload(CommandGateway commands, CycleViews views, CacheLookups cacheLookups, int activePeople,
                    long storedEvents) {
        this.commands = commands;
        this.views = views;
        this.cacheLookups = cacheLookups;
        this.storedEvents = new AtomicLong(storedEvents);
        Random random = new Random(42);
        for (int i = 0; i < activePeople; i++) {
            waiting.add(arriving(random));
        }
    }

    /** Share of calls, 0..1, that update an old aggregate instead of moving a person on. */
    public void oldCaseShare(double share) {
        this.oldCaseShare = share;
    }

    /** Whether each command is followed by a read of the aggregate's read model (off while filling). */
    public void readBack(boolean readBack) {
        this.readBack = readBack;
    }

    /** Events in the store: those there before, plus one per command that succeeded since. */
    @Override
    public long storedEvents() {
        return storedEvents.get();
    }

    /** Aggregates opened by this workload; old ones are picked from these. */
    public int aggregatesOpened() {
        return registry.size();
    }

    /** An aggregate opened earlier, for a cold load. */
    public AggregateRegistry.Entry anyOpened(Random random) {
        return registry.any(random);
    }

    /**
     * @param intendedStartNanos when this command should have started ({@link System#nanoTime()}); latencies
     *                           count from there, so a command that had to wait for a free thread shows it
     */
    @Override
    public void perform(long intendedStartNanos, Tally tally) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (oldCaseShare > 0 && random.nextDouble() < oldCaseShare) {
            AggregateRegistry.Entry old = registry.any(random);
            if (old != null) {
                advance(old.kind(), old.aggregateId(), OLD_CASE_STAGE, intendedStartNanos, tally);
                return;
            }
        }
        Person person = waiting.poll();
        if (person == null) {
            person = arriving(random);
        }
        boolean done = step(person, intendedStartNanos, tally);
        waiting.add(done && !person.finished() ? person : arriving(random));
    }

    private boolean step(Person person, long intendedStartNanos, Tally tally) {
        PersonCycle.Step step = person.nextStep();
        String aggregateId = person.aggregateId(step.kind());
        boolean done = step.opens()
                ? open(step.kind(), aggregateId, person, step.stage(), intendedStartNanos, tally)
                : advance(step.kind(), aggregateId, step.stage(), intendedStartNanos, tally);
        if (done) {
            person.stepDone();
        }
        return done;
    }

    private boolean open(AggregateKind kind, String aggregateId, Person person, String stage, long intendedStartNanos,
                         Tally tally) {
        try {
            commands.sendAndWait(new GenericCommandMessage<>(
                    new GenericMessage<>(new Open(aggregateId, person.facts(), stage)), kind.openCommand()));
        } catch (RuntimeException e) {
            tally.failed(e);
            return false;
        }
        tally.created(micros(System.nanoTime() - intendedStartNanos));
        storedEvents.incrementAndGet();
        registry.add(kind, aggregateId);
        lookAt(kind, aggregateId, tally);
        return true;
    }

    private boolean advance(AggregateKind kind, String aggregateId, String stage, long intendedStartNanos,
                            Tally tally) {
        try {
            commands.sendAndWait(new GenericCommandMessage<>(
                    new GenericMessage<>(new Advance(aggregateId, stage, "recorded by " + kind.service())),
                    kind.advanceCommand()));
        } catch (RuntimeException e) {
            cacheLookups.take(aggregateId);
            tally.failed(e);
            return false;
        }
        tally.updated(cacheLookups.take(aggregateId), micros(System.nanoTime() - intendedStartNanos));
        storedEvents.incrementAndGet();
        lookAt(kind, aggregateId, tally);
        return true;
    }

    private void lookAt(AggregateKind kind, String aggregateId, Tally tally) {
        if (!readBack) {
            return;
        }
        long start = System.nanoTime();
        try {
            views.find(kind, aggregateId);
            tally.read(micros(System.nanoTime() - start));
        } catch (RuntimeException e) {
            tally.failed(e);
        }
    }

    /** A new person, for a fill that writes their cycle itself. */
    Person arrivingPerson(Random random) {
        return arriving(random);
    }

    /** Counts what a fill wrote directly: its aggregates become old cases, its events stored events. */
    void filled(List<AggregateRegistry.Entry> aggregates, int events) {
        aggregates.forEach(entry -> registry.add(entry.kind(), entry.aggregateId()));
        storedEvents.addAndGet(events);
    }

    private Person arriving(Random random) {
        return Person.arriving(random, schemes.get(random.nextInt(schemes.size())));
    }

    private static long micros(long nanos) {
        return nanos / 1_000;
    }
}

