package org.corridor.matching.candidate.query;

import com.mongodb.client.MongoClient;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.corridor.kernel.types.CefrLevel;
import org.corridor.matching.ranking.api.CandidateProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The pool against the shared MongoDB wire server, in a database of its own. */
class CandidatePoolTest {

    MongoTemplate mongo;
    CandidatePool pool;

    @BeforeEach
    void setUp() {
        mongo = new MongoTemplate(EmbeddedInfrastructure.mongoClient(), "pool-test-" + UUID.randomUUID());
        pool = new CandidatePool(mongo);
    }

    static CandidateProfile candidate(String personId, String schemeId) {
        return new CandidateProfile(personId, schemeId, "5321", Map.of("care.basic-nursing", 3),
                Map.of("de", CefrLevel.B1), CandidateProfile.Recognition.FULL, LocalDate.of(2027, 6, 1));
    }

    @Test
    void the_pool_is_rebuilt_from_the_read_model_when_the_service_starts() {
        pool.available(candidate("p-1", "s-1"), 1);
        pool.available(candidate("p-2", "s-1"), 1);
        pool.available(candidate("p-3", "s-2"), 1);
        pool.withdrawn("p-2", "s-1", "CONSENT_WITHDRAWN", 2);

        CandidatePool restarted = new CandidatePool(mongo);
        assertThat(restarted.size()).isEqualTo(2);
        assertThat(restarted.inScheme("s-1")).extracting(CandidateProfile::personId).containsExactly("p-1");
        assertThat(restarted.find("p-3")).contains(candidate("p-3", "s-2"));
    }

    @Test
    void candidates_hold_one_instance_of_each_code_and_date_however_they_arrived() {
        pool.available(copied("p-1"), 1);
        pool.available(copied("p-2"), 1);
        CandidatePool restarted = new CandidatePool(mongo);

        for (CandidatePool read : List.of(pool, restarted)) {
            CandidateProfile first = read.find("p-1").orElseThrow();
            CandidateProfile second = read.find("p-2").orElseThrow();
            assertThat(second.schemeId()).isSameAs(first.schemeId());
            assertThat(second.iscoCode()).isSameAs(first.iscoCode());
            assertThat(second.skills().keySet().iterator().next()).isSameAs(first.skills().keySet().iterator().next());
            assertThat(second.languages().keySet().iterator().next())
                    .isSameAs(first.languages().keySet().iterator().next());
            assertThat(second.availableFrom()).isSameAs(first.availableFrom());
            assertThat(first).isEqualTo(copied("p-1"));
        }
    }

    /** A candidate whose every code and date is an instance of its own, as each decoded event brings them. */
    private static CandidateProfile copied(String personId) {
        return new CandidateProfile(personId, new String("s-1"), new String("5321"),
                Map.of(new String("care.basic-nursing"), 3), Map.of(new String("de"), CefrLevel.B1),
                CandidateProfile.Recognition.FULL, LocalDate.parse(new String("2027-06-01")));
    }

    @Test
    void the_pool_is_read_in_batches_so_no_reply_of_the_read_model_is_larger_than_the_driver_accepts() {
        int held = 2 * CandidatePool.READ_BATCH + 7;
        for (int i = 0; i < held; i++) {
            pool.available(candidate("p-" + i, "s-1"), 1);
        }
        List<String> commands = new CopyOnWriteArrayList<>();
        try (MongoClient counted = EmbeddedInfrastructure.mongoClientRecording(commands)) {
            CandidatePool restarted = new CandidatePool(new MongoTemplate(counted, mongo.getDb().getName()));

            assertThat(restarted.size()).isEqualTo(held);
        }
        // 100,000 candidates in one reply are about 52 MB; the driver refuses replies over 48 MB
        assertThat(commands).containsOnlyOnce("find").filteredOn("getMore"::equals).hasSize(2);
    }

    @Test
    void a_withdrawal_takes_the_candidate_out_at_once() {
        pool.available(candidate("p-1", "s-1"), 1);
        var live = pool.inScheme("s-1");
        pool.withdrawn("p-1", "s-1", "CONSENT_WITHDRAWN", 2);
        assertThat(live).isEmpty();
        assertThat(pool.find("p-1")).isEmpty();
        assertThat(pool.countInScheme("s-1")).isZero();
    }

    @Test
    void an_older_availability_arriving_after_a_withdrawal_does_not_bring_the_candidate_back() {
        pool.available(candidate("p-1", "s-1"), 1);
        pool.withdrawn("p-1", "s-1", "CONSENT_WITHDRAWN", 4);
        pool.available(candidate("p-1", "s-1"), 3);
        assertThat(pool.find("p-1")).isEmpty();
    }

    @Test
    void a_republished_candidate_replaces_its_profile_and_is_counted_once() {
        pool.available(candidate("p-1", "s-1"), 1);
        CandidateProfile improved = new CandidateProfile("p-1", "s-1", "5321", Map.of("care.basic-nursing", 4),
                Map.of("de", CefrLevel.B2), CandidateProfile.Recognition.FULL, LocalDate.of(2027, 6, 1));
        pool.available(improved, 2);
        pool.available(improved, 2);
        assertThat(pool.find("p-1")).contains(improved);
        assertThat(pool.countInScheme("s-1")).isEqualTo(1);
    }
}
