package org.corridor.kernel.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Rules every key store keeps; each store runs them against itself. */
abstract class PersonalDataKeysContract {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    abstract PersonalDataKeys keys();

    @Test
    void an_unknown_subject_has_no_key() {
        assertThat(keys().find("T-unknown")).isEmpty();
    }

    @Test
    void a_created_key_is_found_with_its_material() {
        SubjectKey candidate = newKey("T-1");

        assertThat(keys().createIfAbsent(candidate)).isEqualTo(candidate);

        SubjectKey found = (SubjectKey) keys().find("T-1").orElseThrow();
        assertThat(found.keyId()).isEqualTo(candidate.keyId());
        assertThat(found.keyBytes()).isEqualTo(candidate.keyBytes());
        assertThat(found.createdAt()).isEqualTo(NOW);
    }

    @Test
    void the_first_key_of_a_subject_wins() {
        SubjectKey first = newKey("T-1");
        keys().createIfAbsent(first);

        SubjectKey stored = (SubjectKey) keys().createIfAbsent(newKey("T-1"));

        assertThat(stored.keyId()).isEqualTo(first.keyId());
        assertThat(stored.keyBytes()).isEqualTo(first.keyBytes());
    }

    @Test
    void keys_created_together_keep_what_was_stored_before() {
        SubjectKey first = newKey("T-1");
        keys().createIfAbsent(first);
        keys().erase(new Erasure("T-2", NOW, "officer-1"));
        SubjectKey fresh = newKey("T-3");

        List<SubjectKeyState> stored = keys().createAllIfAbsent(List.of(newKey("T-1"), newKey("T-2"), fresh));

        assertThat(stored).hasSize(3);
        assertThat(((SubjectKey) stored.get(0)).keyId()).isEqualTo(first.keyId());
        assertThat(stored.get(1)).isInstanceOf(Erasure.class);
        assertThat(stored.get(2)).isEqualTo(fresh);
        assertThat(((SubjectKey) keys().find("T-3").orElseThrow()).keyId()).isEqualTo(fresh.keyId());
        assertThat(keys().createAllIfAbsent(List.of())).isEmpty();
    }

    @Test
    void racing_writers_end_with_one_key() throws Exception {
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<SubjectKeyState>> results = IntStream.range(0, writers)
                    .mapToObj(i -> pool.submit((Callable<SubjectKeyState>) () -> {
                        start.await();
                        return keys().createIfAbsent(newKey("T-race"));
                    }))
                    .toList();
            start.countDown();
            List<SubjectKey> returned = new ArrayList<>();
            for (Future<SubjectKeyState> result : results) {
                returned.add((SubjectKey) result.get(10, TimeUnit.SECONDS));
            }

            SubjectKey stored = (SubjectKey) keys().find("T-race").orElseThrow();
            assertThat(returned).allSatisfy(key -> {
                assertThat(key.keyId()).isEqualTo(stored.keyId());
                assertThat(key.keyBytes()).isEqualTo(stored.keyBytes());
            });
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void erasure_destroys_the_key_and_leaves_a_tombstone() {
        keys().createIfAbsent(newKey("T-1"));

        Erasure erasure = keys().erase(new Erasure("T-1", NOW, "admin-7"));

        assertThat(erasure).isEqualTo(new Erasure("T-1", NOW, "admin-7"));
        assertThat(keys().find("T-1")).contains(erasure);
    }

    @Test
    void an_erased_subject_gets_no_new_key() {
        keys().createIfAbsent(newKey("T-1"));
        Erasure erasure = keys().erase(new Erasure("T-1", NOW, "admin-7"));

        assertThat(keys().createIfAbsent(newKey("T-1"))).isEqualTo(erasure);
        assertThat(keys().find("T-1")).contains(erasure);
    }

    @Test
    void a_subject_erased_before_any_key_gets_none_later() {
        Erasure erasure = keys().erase(new Erasure("T-never", NOW, "admin-7"));

        assertThat(keys().createIfAbsent(newKey("T-never"))).isEqualTo(erasure);
    }

    @Test
    void erasing_twice_keeps_the_first_tombstone() {
        keys().createIfAbsent(newKey("T-1"));
        Erasure first = keys().erase(new Erasure("T-1", NOW, "admin-7"));

        Erasure second = keys().erase(new Erasure("T-1", NOW.plusSeconds(60), "admin-8"));

        assertThat(second).isEqualTo(first);
        assertThat(keys().find("T-1")).contains(first);
    }

    static SubjectKey newKey(String subjectId) {
        byte[] key = new byte[SubjectKey.KEY_BYTES];
        RANDOM.nextBytes(key);
        return SubjectKey.of(subjectId, "k" + RANDOM.nextInt(1_000_000), key, NOW);
    }
}
