package org.corridor.kernel.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The access log against the MongoDB wire-protocol server. */
class AccessLogTest {

    private static final MongoClient client = EmbeddedInfrastructure.mongoClient();
    private static final Caller EMPLOYER = new Caller("hr-1", List.of("EMPLOYER"), "employer-a", "DE", null);
    private static final String SHORTLIST = "shortlist of job order J-1";

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
        log = new AccessLog(database, ticking, Duration.ZERO);
    }

    @AfterEach
    void close() {
        log.close();
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
            AccessLog pageLog = new AccessLog(counted.getDatabase(database.getName()), Clock.systemUTC(), Duration.ZERO);
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

    @Test
    void a_repeated_read_is_shown_at_once_and_written_with_the_next_flush_without_a_write_of_its_own() {
        List<String> commands = new CopyOnWriteArrayList<>();
        try (MongoClient counted = EmbeddedInfrastructure.mongoClientRecording(commands);
             AccessLog pageLog = new AccessLog(counted.getDatabase(database.getName()), Clock.systemUTC(),
                     Duration.ZERO)) {
            List<String> page = List.of("P-1", "P-2");
            pageLog.recordAll(page, EMPLOYER, SHORTLIST);
            pageLog.recordAll(page, EMPLOYER, SHORTLIST);
            pageLog.recordAll(page, EMPLOYER, SHORTLIST);
            assertThat(commands).as("the repeats wait for the flush").containsExactly("update");
            assertThat(stored("P-1", SHORTLIST).getInteger("times")).isEqualTo(1);
            assertThat(pageLog.of("P-1")).extracting(AccessLog.Access::times).containsExactly(3);

            pageLog.recordAll(List.of("P-1", "P-3"), EMPLOYER, "shortlist of job order J-2");
            assertThat(commands).as("a first read is written before the call returns").hasSize(2 + 1);

            pageLog.flush();
            Document entry = stored("P-1", SHORTLIST);
            assertThat(entry.getInteger("times")).isEqualTo(3);
            assertThat(entry.getDate("at")).isAfterOrEqualTo(entry.getDate("firstAt"));
            assertThat(stored("P-2", SHORTLIST).getInteger("times")).isEqualTo(3);
            assertThat(log.of("P-1")).as("what another instance reads after the flush")
                    .extracting(a -> a.what() + " x" + a.times())
                    .containsExactlyInAnyOrder("shortlist of job order J-1 x3", "shortlist of job order J-2 x1");
        }
    }

    @Test
    void repeats_held_are_written_on_close() {
        AccessLog closing = withARepeatHeld();

        closing.close();

        assertThat(stored("P-1", SHORTLIST).getInteger("times")).isEqualTo(2);
    }

    @Test
    void a_repeat_held_for_a_person_whose_log_is_forgotten_brings_no_log_back() {
        AccessLog other = withARepeatHeld();

        log.forget("P-1");
        other.flush();

        assertThat(database.getCollection(AccessLog.COLLECTION).countDocuments()).isZero();
        assertThat(other.of("P-1")).isEmpty();

        other.record("P-1", EMPLOYER, SHORTLIST);
        assertThat(stored("P-1", SHORTLIST).getInteger("times"))
                .as("the next read after the log was forgotten is written as a first read").isEqualTo(1);
    }

    /** Another instance's log, in which the employer read P-1's shortlist entry twice: the repeat is held. */
    private AccessLog withARepeatHeld() {
        AccessLog other = new AccessLog(database, Clock.systemUTC(), Duration.ZERO);
        other.record("P-1", EMPLOYER, SHORTLIST);
        other.record("P-1", EMPLOYER, SHORTLIST);
        return other;
    }

    @Test
    void a_repeat_long_after_the_entry_was_written_is_written_before_the_call_returns() {
        log.record("P-1", EMPLOYER, SHORTLIST);
        seconds.addAndGet(AccessLog.REPEATS_HELD_FOR.toSeconds());

        log.record("P-1", EMPLOYER, SHORTLIST);

        assertThat(stored("P-1", SHORTLIST).getInteger("times")).isEqualTo(2);
    }

    /** The entry of the person's stored log document for {@code what}, as the database holds it. */
    private Document stored(String personId, String what) {
        Document reads = database.getCollection(AccessLog.COLLECTION).find(new Document("_id", personId)).first()
                .get("reads", Document.class);
        return reads.values().stream().map(Document.class::cast).filter(entry -> what.equals(entry.getString("what")))
                .findFirst().orElseThrow();
    }
}
