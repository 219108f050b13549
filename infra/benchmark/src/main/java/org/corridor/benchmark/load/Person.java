package org.corridor.benchmark.load;

import org.corridor.benchmark.cycle.api.AggregateKind;
import org.corridor.benchmark.cycle.api.PersonFacts;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** One synthetic person walking through {@link PersonCycle}; used by one thread at a time. */
final class Person {

    private static final String[][] CORRIDORS = {{"PH", "DE"}, {"MA", "ES"}, {"NG", "BE"}, {"GE", "DE"}, {"PK", "GB"}};
    private static final String[] OCCUPATIONS = {"5321", "3221", "7411", "7126", "8322", "5120"};
    private static final String[] GENDERS = {"FEMALE", "MALE", "NON_BINARY", "UNDISCLOSED"};

    private final PersonFacts facts;
    private final Map<AggregateKind, String> aggregates = new EnumMap<>(AggregateKind.class);
    private int nextStep;

    private Person(PersonFacts facts) {
        this.facts = facts;
    }

    static Person arriving(Random random, String schemeId) {
        String[] corridor = CORRIDORS[random.nextInt(CORRIDORS.length)];
        return new Person(new PersonFacts(UUID.randomUUID().toString(), schemeId, corridor[0], corridor[1],
                OCCUPATIONS[random.nextInt(OCCUPATIONS.length)], random.nextInt(3) == 0 ? "HOME" : "AWAY",
                GENDERS[random.nextInt(GENDERS.length)]));
    }

    PersonFacts facts() {
        return facts;
    }

    PersonCycle.Step nextStep() {
        return PersonCycle.STEPS.get(nextStep);
    }

    /** The id of this person's aggregate of {@code kind}, chosen when the step that opens it comes. */
    String aggregateId(AggregateKind kind) {
        return aggregates.computeIfAbsent(kind, k -> UUID.randomUUID().toString());
    }

    void stepDone() {
        nextStep++;
    }

    boolean finished() {
        return nextStep >= PersonCycle.STEPS.size();
    }
}
