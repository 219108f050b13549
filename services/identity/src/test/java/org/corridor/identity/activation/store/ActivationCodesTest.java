package org.corridor.identity.activation.store;

import com.mongodb.client.MongoClient;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How an issued code is recorded, against the wire server: the round trips it costs, and that the event handled
 * again (a retry, a redelivery, an attempt that stopped half-way) ends where one clean attempt would.
 */
class ActivationCodesTest {

    static final Instant FIRST = Instant.parse("2026-01-05T09:00:00Z");
    static final Instant SECOND = FIRST.plus(1, ChronoUnit.DAYS);

    final List<String> commands = new ArrayList<>();
    MongoClient client;
    MongoTemplate mongo;
    ActivationCodes codes;

    @BeforeEach
    void codes() {
        client = EmbeddedInfrastructure.mongoClientRecording(commands);
        mongo = new MongoTemplate(client, "activation-codes-test-" + UUID.randomUUID());
        codes = new ActivationCodes(mongo);
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void a_first_code_costs_three_round_trips_and_the_same_event_again_one() {
        String person = UUID.randomUUID().toString();
        ActivationCode code = code(person, FIRST);

        codes.issued(code);
        assertThat(commands).containsExactly("find", "insert", "update");
        assertThat(newestOf(person)).isEqualTo(code.digest());

        commands.clear();
        codes.issued(code);
        assertThat(commands).as("applied before: nothing to do").containsExactly("find");
        assertThat(codes.find(code.digest()).orElseThrow()).isEqualTo(code);
    }

    @Test
    void an_attempt_that_stopped_after_inserting_the_code_is_finished_when_the_event_is_handled_again() {
        String person = UUID.randomUUID().toString();
        ActivationCode previous = code(person, FIRST);
        codes.issued(previous);
        ActivationCode code = code(person, SECOND);
        // The attempt got as far as the code: the newest was not saved, the previous code not superseded.
        mongo.insert(code, ActivationCodes.CODES);

        codes.issued(code);

        assertThat(newestOf(person)).isEqualTo(code.digest());
        assertThat(codes.find(code.digest()).orElseThrow().state()).isEqualTo(ActivationCode.State.ISSUED);
        assertThat(codes.find(previous.digest()).orElseThrow().state()).isEqualTo(ActivationCode.State.SUPERSEDED);
        assertThat(codes.originCountryOf(person)).contains("PH");
    }

    @Test
    void a_code_spent_before_its_event_is_handled_again_stays_spent() {
        String person = UUID.randomUUID().toString();
        ActivationCode code = code(person, FIRST);
        mongo.insert(code, ActivationCodes.CODES);
        assertThat(codes.spend(code.digest(), SECOND)).isTrue();

        codes.issued(code);

        assertThat(newestOf(person)).isEqualTo(code.digest());
        assertThat(codes.find(code.digest()).orElseThrow().state()).isEqualTo(ActivationCode.State.SPENT);
    }

    @Test
    void an_older_code_after_a_newer_one_is_recorded_superseded_once_and_the_newer_stays_the_newest() {
        String person = UUID.randomUUID().toString();
        ActivationCode newer = code(person, SECOND);
        ActivationCode older = code(person, FIRST);
        codes.issued(newer);

        codes.issued(older);
        commands.clear();
        codes.issued(older);

        assertThat(commands).as("the newest, then the insert that finds the code there").containsExactly("find",
                "insert");
        assertThat(codes.find(older.digest()).orElseThrow().state()).isEqualTo(ActivationCode.State.SUPERSEDED);
        assertThat(codes.find(newer.digest()).orElseThrow().state()).isEqualTo(ActivationCode.State.ISSUED);
        assertThat(newestOf(person)).isEqualTo(newer.digest());
    }

    @Test
    void a_newer_code_supersedes_the_issued_one_and_its_event_again_changes_nothing() {
        String person = UUID.randomUUID().toString();
        ActivationCode older = code(person, FIRST);
        ActivationCode newer = code(person, SECOND);
        codes.issued(older);
        codes.issued(newer);
        codes.issued(older);
        codes.issued(newer);

        assertThat(codes.of(person)).extracting(ActivationCode::digest, ActivationCode::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(older.digest(), ActivationCode.State.SUPERSEDED),
                org.assertj.core.groups.Tuple.tuple(newer.digest(), ActivationCode.State.ISSUED));
        assertThat(newestOf(person)).isEqualTo(newer.digest());
    }

    private String newestOf(String person) {
        ActivationCodes.Newest newest = mongo.findById(person, ActivationCodes.Newest.class, ActivationCodes.PEOPLE);
        return newest == null ? null : newest.digest();
    }

    private static ActivationCode code(String person, Instant issuedAt) {
        return new ActivationCode(UUID.randomUUID().toString(), person, "PH", issuedAt,
                issuedAt.plus(30, ChronoUnit.DAYS), ActivationCode.State.ISSUED, issuedAt);
    }
}
