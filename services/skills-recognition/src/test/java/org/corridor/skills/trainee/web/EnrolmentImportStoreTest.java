package org.corridor.skills.trainee.web;

import org.bson.Document;
import org.corridor.kernel.privacy.InMemoryPersonalDataKeys;
import org.corridor.kernel.privacy.PersonalDataModule;
import org.corridor.kernel.privacy.SubjectKeyring;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.corridor.kernel.types.PersonId;
import org.corridor.skills.trainee.web.EnrolmentImportStore.LineOutcome;
import org.corridor.skills.trainee.web.EnrolmentImportStore.Outcome;
import org.corridor.skills.trainee.web.EnrolmentImportStore.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The outcomes of a unit of work's lines are stored in one write; a line stored before is told apart, not lost. */
class EnrolmentImportStoreTest {

    MongoTemplate mongo;
    EnrolmentImportStore store;

    @BeforeEach
    void emptyStore() {
        mongo = new MongoTemplate(EmbeddedInfrastructure.mongoClient(), "enrolment-imports-" + UUID.randomUUID());
        store = new EnrolmentImportStore(mongo, new PersonalDataModule(new SubjectKeyring(
                new InMemoryPersonalDataKeys(), 100, Duration.ofMinutes(5), Clock.systemUTC())));
    }

    @Test
    void lines_stored_before_are_reported_as_such_and_the_other_lines_of_the_unit_are_stored() {
        String person = PersonId.generate().value();
        assertThat(store.record("import-1", List.of(refused(2), enrolled(3, person)))).as("none stored before")
                .isEmpty();

        Set<Integer> storedBefore = store.record("import-1", List.of(refused(2), refused(4), enrolled(3, person),
                already(5)));

        assertThat(storedBefore).as("lines 2 and 3, at positions 0 and 2").containsExactlyInAnyOrder(0, 2);
        assertThat(store.handledLines("import-1")).containsExactlyInAnyOrder(2L, 3L, 4L, 5L);
        Document enrolled = mongo.findById("import-1:3", Document.class, EnrolmentImportStore.ROWS);
        assertThat(enrolled).isNotNull();
        assertThat(enrolled.getString("outcome")).isEqualTo("ENROLLED");
        assertThat(enrolled.get("letter").toString()).as("the code is kept sealed").doesNotContain("K7QF-2MXD");
        assertThat(store.record("import-1", List.of())).isEmpty();
    }

    private static LineOutcome refused(long line) {
        return new LineOutcome(line, Outcome.REFUSED, null, List.of(new Problem("birthDate", "must be a date")),
                null, null);
    }

    private static LineOutcome already(long line) {
        return new LineOutcome(line, Outcome.ALREADY_ENROLLED, PersonId.generate().value(), List.of(), null, null);
    }

    private static LineOutcome enrolled(long line, String person) {
        return new LineOutcome(line, Outcome.ENROLLED, person, List.of(), "K7QF-2MXD",
                Instant.parse("2027-01-01T00:00:00Z"));
    }
}
