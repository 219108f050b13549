package org.corridor.kernel.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.corridor.kernel.security.Caller;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The access log against the MongoDB wire-protocol server. */
class AccessLogTest {

    private static final MongoClient client = EmbeddedInfrastructure.mongoClient();

    private final AtomicLong seconds = new AtomicLong(1_800_000_000L);
    private AccessLog log;
    private MongoDatabase database;

    @BeforeEach
    void freshDatabase() {
        database = client.getDatabase("access-" + UUID.randomUUID());
        Clock ticking = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochSecond(seconds.incrementAndGet());
            }
        };
        log = new AccessLog(database, ticking);
    }

    @Test
    void a_read_by_someone_else_is_listed_newest_first_with_who_and_what() {
        Caller clerk = new Caller("clerk-1", List.of("ORIGIN_AGENCY"), "agency-ph", "PH", null);
        Caller officer = new Caller("officer-2", List.of("RECOGNITION_OFFICER"), "board-ph", "PH", null);

        log.record("P-1", clerk, "trainee record");
        log.record("P-1", officer, "recognition case");
        log.record("P-2", clerk, "trainee record");

        List<AccessLog.Access> accesses = log.of("P-1");
        assertThat(accesses).extracting(AccessLog.Access::userId).containsExactly("officer-2", "clerk-1");
        assertThat(accesses.get(1).roles()).containsExactly("ORIGIN_AGENCY");
        assertThat(accesses.get(1).organisation()).isEqualTo("agency-ph");
        assertThat(accesses.get(1).what()).isEqualTo("trainee record");
        assertThat(accesses.get(0).at()).isAfter(accesses.get(1).at());
        assertThat(log.of("P-2")).hasSize(1);
        assertThat(log.of("P-3")).isEmpty();
    }

    @Test
    void forgetting_a_person_removes_their_log_and_no_one_elses() {
        Caller clerk = new Caller("clerk-1", List.of("ORIGIN_AGENCY"), "agency-ph", "PH", null);
        log.record("P-1", clerk, "trainee record");
        log.record("P-2", clerk, "trainee record");

        log.forget("P-1");

        assertThat(log.of("P-1")).isEmpty();
        assertThat(log.of("P-2")).hasSize(1);
    }

    @Test
    void the_persons_own_reads_are_not_logged() {
        log.record("P-1", new Caller("worker-1", List.of("WORKER"), null, "PH", "P-1"), "trainee record");

        assertThat(log.of("P-1")).isEmpty();
    }

    @Test
    void a_repeated_read_by_the_same_reader_of_the_same_thing_is_one_entry_with_its_first_and_last_time_and_count() {
        Caller clerk = new Caller("clerk-1", List.of("ORIGIN_AGENCY"), "agency-ph", "PH", null);
        Caller otherClerk = new Caller("clerk-2", List.of("ORIGIN_AGENCY"), "agency-ph", "PH", null);
        for (int i = 0; i < 500; i++) {
            log.record("P-1", clerk, "trainee record");
        }
        log.record("P-1", clerk, "timeline of the trainee record");
        log.record("P-1", otherClerk, "trainee record");

        List<AccessLog.Access> accesses = log.of("P-1");
        assertThat(accesses).extracting(a -> a.userId() + ": " + a.what() + " x" + a.times()).containsExactly(
                "clerk-2: trainee record x1", "clerk-1: timeline of the trainee record x1", "clerk-1: trainee record x500");
        AccessLog.Access repeated = accesses.get(2);
        assertThat(repeated.firstAt()).isBefore(repeated.at());
        assertThat(repeated.at().getEpochSecond() - repeated.firstAt().getEpochSecond()).isEqualTo(499);
        assertThat(database.getCollection(AccessLog.COLLECTION).countDocuments()).isEqualTo(1);
        assertThat(database.getCollection(AccessLog.COLLECTION).find().first().toJson().length())
                .as("the document does not grow with repeated reads").isLessThan(2_000);
    }

    @Test
    void a_page_of_reads_is_recorded_in_one_write_with_one_entry_per_read_and_none_of_the_readers_own() {
        List<String> commands = new CopyOnWriteArrayList<>();
        try (MongoClient counted = EmbeddedInfrastructure.mongoClientRecording(commands)) {
            AccessLog pageLog = new AccessLog(counted.getDatabase(database.getName()), Clock.systemUTC());
            Caller worker = new Caller("worker-1", List.of("WORKER"), null, "PH", "P-3");

            pageLog.recordAll(worker, List.of(new AccessLog.Shown("P-1", "offer 1"), new AccessLog.Shown("P-2", "offer 2"),
                    new AccessLog.Shown("P-1", "offer 3"), new AccessLog.Shown("P-3", "own offer")));
            assertThat(commands).containsExactly("update");
            pageLog.recordAll(List.of(), worker, "nothing");
            assertThat(commands).as("an empty page writes nothing").hasSize(1);
        }

        assertThat(log.of("P-1")).extracting(AccessLog.Access::what).containsExactlyInAnyOrder("offer 1", "offer 3");
        assertThat(log.of("P-2")).extracting(AccessLog.Access::what).containsExactly("offer 2");
        assertThat(log.of("P-3")).isEmpty();
    }

    @Test
    void reads_recorded_one_entry_per_read_before_are_still_shown_beside_the_newer_ones() {
        Caller clerk = new Caller("clerk-1", List.of("ORIGIN_AGENCY"), "agency-ph", "PH", null);
        database.getCollection(AccessLog.COLLECTION).insertOne(new Document("_id", "P-1").append("entries", List.of(
                new Document("at", Date.from(Instant.ofEpochSecond(1_700_000_000L)))
                        .append("userId", "officer-2").append("roles", List.of("RECOGNITION_OFFICER"))
                        .append("organisation", "board-ph").append("what", "recognition case"))));

        log.record("P-1", clerk, "trainee record");

        assertThat(log.of("P-1")).extracting(a -> a.userId() + ": " + a.what() + " x" + a.times())
                .containsExactly("clerk-1: trainee record x1", "officer-2: recognition case x1");
        assertThat(log.of("P-1").get(1).firstAt()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
    }
}
