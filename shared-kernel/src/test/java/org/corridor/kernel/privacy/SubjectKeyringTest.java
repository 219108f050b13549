package org.corridor.kernel.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.junit.jupiter.api.Test;

class SubjectKeyringTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:15:30.123456Z"), ZoneOffset.UTC);

    private static final MongoClient client = EmbeddedInfrastructure.mongoClient();

    @Test
    void service_instances_racing_for_a_new_subject_all_use_one_key() throws Exception {
        MongoPersonalDataKeys store = new MongoPersonalDataKeys(client.getDatabase("keys-" + UUID.randomUUID()));
        int instances = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            List<Future<SubjectKey>> keys = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                // A key ring each, as separate instances of a service would have.
                SubjectKeyring keyring = new SubjectKeyring(store, 100, Duration.ofMinutes(5), CLOCK);
                keys.add(pool.submit((Callable<SubjectKey>) () -> {
                    start.await();
                    return keyring.keyForWriting("T-race");
                }));
            }
            start.countDown();
            List<byte[]> used = new ArrayList<>();
            for (Future<SubjectKey> key : keys) {
                used.add(key.get(10, TimeUnit.SECONDS).keyBytes());
            }

            SubjectKey stored = (SubjectKey) store.find("T-race").orElseThrow();
            assertThat(used).allSatisfy(key -> assertThat(key).isEqualTo(stored.keyBytes()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keys_are_read_through_the_cache() {
        CountingKeys store = new CountingKeys(new InMemoryPersonalDataKeys());
        SubjectKeyring keyring = new SubjectKeyring(store, 100, Duration.ofMinutes(5), CLOCK);

        SubjectKey written = keyring.keyForWriting("T-1");
        for (int i = 0; i < 10; i++) {
            assertThat(keyring.stateForReading("T-1")).contains(written);
        }

        assertThat(store.finds.get()).isEqualTo(1);
    }

    @Test
    void a_new_subjects_key_is_stored_without_a_read_and_then_served_from_the_cache() {
        CountingKeys store = new CountingKeys(new InMemoryPersonalDataKeys());
        SubjectKeyring keyring = new SubjectKeyring(store, 100, Duration.ofMinutes(5), CLOCK);

        SubjectKey created = keyring.keyForNewSubject("T-1");

        assertThat(keyring.keyForWriting("T-1")).isEqualTo(created);
        assertThat(store.finds.get()).isZero();
        assertThat(store.find("T-1")).contains(created);
    }

    @Test
    void the_keys_of_new_subjects_are_stored_together_and_then_served_from_the_cache() {
        CountingKeys store = new CountingKeys(new InMemoryPersonalDataKeys());
        SubjectKeyring keyring = new SubjectKeyring(store, 100, Duration.ofMinutes(5), CLOCK);
        SubjectKey before = keyring.keyForNewSubject("T-0");

        keyring.keysForNewSubjects(List.of("T-0", "T-1", "T-2", "T-1"));

        assertThat(keyring.keyForNewSubject("T-0")).isEqualTo(before);
        assertThat(keyring.keyForNewSubject("T-1")).isEqualTo(store.find("T-1").orElseThrow());
        assertThat(keyring.keyForWriting("T-2")).isEqualTo(store.find("T-2").orElseThrow());
        assertThat(store.finds.get()).as("only the assertions' own reads").isEqualTo(2);
    }

    @Test
    void subjects_thought_new_keep_the_keys_or_erasures_stored_before() {
        InMemoryPersonalDataKeys store = new InMemoryPersonalDataKeys();
        SubjectKey existing = new SubjectKeyring(store, 100, Duration.ofMinutes(5), CLOCK).keyForWriting("T-1");
        new SubjectKeyring(store, 100, Duration.ofMinutes(5), CLOCK).erase("T-2", "officer-1");
        SubjectKeyring other = new SubjectKeyring(store, 100, Duration.ofMinutes(5), CLOCK);

        other.keysForNewSubjects(List.of("T-1", "T-2", "T-3"));

        assertThat(other.keyForNewSubject("T-1")).isEqualTo(existing);
        assertThatThrownBy(() -> other.keyForNewSubject("T-2")).isInstanceOf(SubjectErasedException.class);
        assertThat(store.find("T-3")).isPresent();
    }

    @Test
    void a_subject_thought_new_keeps_the_key_or_erasure_stored_before() {
        InMemoryPersonalDataKeys store = new InMemoryPersonalDataKeys();
        SubjectKey existing = new SubjectKeyring(store, 100, Duration.ofMinutes(5), CLOCK).keyForWriting("T-1");
        SubjectKeyring other = new SubjectKeyring(store, 100, Duration.ofMinutes(5), CLOCK);
        new SubjectKeyring(store, 100, Duration.ofMinutes(5), CLOCK).erase("T-2", "officer-1");

        assertThat(other.keyForNewSubject("T-1")).isEqualTo(existing);
        assertThatThrownBy(() -> other.keyForNewSubject("T-2")).isInstanceOf(SubjectErasedException.class);
    }

    @Test
    void erasure_takes_effect_at_once_on_the_erasing_instance() {
        SubjectKeyring keyring = new SubjectKeyring(new InMemoryPersonalDataKeys(), 100, Duration.ofMinutes(5), CLOCK);
        keyring.keyForWriting("T-1");

        keyring.erase("T-1", "admin-7");

        assertThat(keyring.stateForReading("T-1")).containsInstanceOf(Erasure.class);
        assertThatThrownBy(() -> keyring.keyForWriting("T-1")).isInstanceOf(SubjectErasedException.class);
    }

    @Test
    void another_instance_sees_an_erasure_once_its_cached_key_expires() {
        InMemoryPersonalDataKeys store = new InMemoryPersonalDataKeys();
        AtomicLong nanos = new AtomicLong();
        SubjectKeyring eraser = new SubjectKeyring(store, 100, Duration.ofMinutes(5), CLOCK);
        SubjectKeyring other = new SubjectKeyring(store, 100, Duration.ofMinutes(5), CLOCK, nanos::get);
        other.keyForWriting("T-1");

        eraser.erase("T-1", "admin-7");
        boolean erasedBeforeExpiry = other.isErased("T-1");
        nanos.addAndGet(Duration.ofMinutes(5).plusSeconds(1).toNanos());

        assertThat(erasedBeforeExpiry).as("bounded staleness: the cached key is still used").isFalse();
        assertThat(other.isErased("T-1")).isTrue();
        assertThatThrownBy(() -> other.keyForWriting("T-1")).isInstanceOf(SubjectErasedException.class);
    }

    @Test
    void an_unknown_subject_is_not_cached_as_unknown() {
        InMemoryPersonalDataKeys store = new InMemoryPersonalDataKeys();
        SubjectKeyring reader = new SubjectKeyring(store, 100, Duration.ofMinutes(5), CLOCK);
        SubjectKeyring writer = new SubjectKeyring(store, 100, Duration.ofMinutes(5), CLOCK);
        assertThat(reader.stateForReading("T-1")).isEmpty();

        SubjectKey key = writer.keyForWriting("T-1");

        assertThat(reader.stateForReading("T-1")).contains(key);
    }

    @Test
    void times_are_kept_to_the_millisecond_every_store_can_hold() {
        SubjectKeyring keyring = new SubjectKeyring(new InMemoryPersonalDataKeys(), 100, Duration.ofMinutes(5), CLOCK);

        assertThat(keyring.keyForWriting("T-1").createdAt()).isEqualTo(Instant.parse("2026-03-01T10:15:30.123Z"));
        assertThat(keyring.erase("T-1", "admin-7").erasedAt()).isEqualTo(Instant.parse("2026-03-01T10:15:30.123Z"));
    }

    private static final class CountingKeys implements PersonalDataKeys {

        private final PersonalDataKeys store;
        private final AtomicInteger finds = new AtomicInteger();

        CountingKeys(PersonalDataKeys store) {
            this.store = store;
        }

        @Override
        public Optional<SubjectKeyState> find(String subjectId) {
            finds.incrementAndGet();
            return store.find(subjectId);
        }

        @Override
        public SubjectKeyState createIfAbsent(SubjectKey candidate) {
            return store.createIfAbsent(candidate);
        }

        @Override
        public Erasure erase(Erasure tombstone) {
            return store.erase(tombstone);
        }
    }
}
