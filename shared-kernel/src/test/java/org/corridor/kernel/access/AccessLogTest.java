package org.corridor.kernel.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
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
    void only_the_newest_entries_are_kept_in_the_one_document_per_person() {
        Caller clerk = new Caller("clerk-1", List.of("ORIGIN_AGENCY"), "agency-ph", "PH", null);
        for (int i = 0; i < AccessLog.KEPT + 5; i++) {
            log.record("P-1", clerk, "read " + i);
        }

        List<AccessLog.Access> accesses = log.of("P-1");
        assertThat(accesses).hasSize(AccessLog.KEPT);
        assertThat(accesses.get(0).what()).isEqualTo("read " + (AccessLog.KEPT + 4));
        assertThat(accesses.get(accesses.size() - 1).what()).isEqualTo("read 5");
        assertThat(database.getCollection(AccessLog.COLLECTION).countDocuments()).isEqualTo(1);
    }
}
