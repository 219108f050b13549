package org.corridor.skills.trainee.query;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.corridor.kernel.types.CefrLevel;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.OccupationCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.SchemeId;
import org.corridor.skills.scheme.api.Track;
import org.corridor.skills.trainee.api.Consent;
import org.corridor.skills.trainee.api.ConsentPurpose;
import org.corridor.skills.trainee.api.ConsentWithdrawn;
import org.corridor.skills.trainee.api.Gender;
import org.corridor.skills.trainee.api.LanguageSkill;
import org.corridor.skills.trainee.api.PersonalDetails;
import org.corridor.skills.trainee.api.TraineeEnrolled;
import org.corridor.skills.trainee.api.TrackSwitched;
import org.corridor.skills.trainee.query.TraineeQueries.TraineeSearch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The projection writes what a tracking processor's batch changed once, as the batch's unit of work prepares its
 * commit; handlers later in the batch see what earlier ones changed; a batch that fails writes nothing. Against the
 * MongoDB wire server.
 */
class TraineeProjectionBatchTest {

    static final SchemeId SCHEME = new SchemeId(UUID.randomUUID().toString());
    static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");

    MongoTemplate mongo;
    TraineeSearchIndex index;
    TraineeProjection projection;

    @BeforeEach
    void emptyReadModel() {
        mongo = new MongoTemplate(EmbeddedInfrastructure.mongoClient(), "trainee-batches-" + UUID.randomUUID());
        index = new TraineeSearchIndex();
        projection = new TraineeProjection(mongo, Optional.of(index));
    }

    @Test
    void a_batch_is_written_when_its_unit_of_work_commits_with_each_trainee_as_the_batch_left_them() {
        PersonId maria = PersonId.generate();
        PersonId ram = PersonId.generate();
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        projection.on(enrolled(maria, "Maria Santos", Gender.FEMALE), AT, "clerk-1");
        projection.on(enrolled(ram, "Ram Bahadur", Gender.MALE), AT.plusSeconds(1), "clerk-1");
        projection.on(new ConsentWithdrawn(maria, SCHEME, Set.of(ConsentPurpose.TRAINING), Set.of()));
        projection.on(new TrackSwitched(ram, SCHEME, Track.AWAY, Track.HOME));

        assertThat(projection.find(maria.value())).as("nothing written before the commit").isEmpty();
        assertThat(projection.count(everyone())).as("nothing searchable before the commit").isZero();
        batch.commit();

        assertThat(projection.find(maria.value())).get().extracting(TraineeView::status).isEqualTo("WITHDRAWN");
        assertThat(projection.find(ram.value())).get().extracting(TraineeView::track).isEqualTo("HOME");
        assertThat(projection.count(everyone())).isEqualTo(2);
        Map<String, Map<String, Object>> counts = projection.countsOf(SCHEME.value(), false);
        assertThat(counts.get("stage")).isEqualTo(Map.of("ENROLLED", 1, "WITHDRAWN", 1));
        assertThat(counts.get("track")).isEqualTo(Map.of("HOME", 1, "AWAY", 1));
        assertThat(counts.get("gender")).isEqualTo(Map.of("FEMALE", 1, "MALE", 1));
    }

    @Test
    void a_batch_that_fails_writes_nothing_of_what_it_gathered() {
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        PersonId maria = PersonId.generate();
        projection.on(enrolled(maria, "Maria Santos", Gender.FEMALE), AT, "clerk-1");

        batch.rollback(new IllegalStateException("a later event of the batch failed"));

        assertThat(projection.find(maria.value())).isEmpty();
        assertThat(projection.count(everyone())).isZero();
        assertThat(projection.countsOf(SCHEME.value(), false).get("stage")).isEmpty();
    }

    @Test
    void outside_a_unit_of_work_each_change_is_written_at_once() {
        PersonId maria = PersonId.generate();
        projection.on(enrolled(maria, "Maria Santos", Gender.FEMALE), AT, "clerk-1");

        assertThat(projection.find(maria.value())).get().extracting(TraineeView::status).isEqualTo("ENROLLED");
        assertThat(projection.countsOf(SCHEME.value(), false).get("stage")).isEqualTo(Map.of("ENROLLED", 1));
    }

    private static TraineeSearch everyone() {
        return new TraineeSearch(null, null, SCHEME.value(), null, null, null, null, "enrolledAt");
    }

    private static TraineeEnrolled enrolled(PersonId person, String name, Gender gender) {
        return new TraineeEnrolled(person, SCHEME, "agency-ph", CountryCode.of("PH"),
                new PersonalDetails(name, LocalDate.of(1996, 3, 14), null, null, gender),
                List.of(new LanguageSkill("de", CefrLevel.of("B1"))), Track.AWAY, 2027, OccupationCode.of("5321"),
                "provider-a", new Consent(Set.of(ConsentPurpose.TRAINING, ConsentPurpose.PLACEMENT), AT),
                CountryCode.of("DE"));
    }
}
