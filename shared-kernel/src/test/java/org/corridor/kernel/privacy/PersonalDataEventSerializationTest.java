package org.corridor.kernel.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.corridor.kernel.privacy.EnrolmentEvents.CandidateShortlisted;
import org.corridor.kernel.privacy.EnrolmentEvents.ContactDetails;
import org.corridor.kernel.privacy.EnrolmentEvents.Enrolment;
import org.corridor.kernel.privacy.EnrolmentEvents.GrievanceFiledWithoutSubject;
import org.corridor.kernel.privacy.EnrolmentEvents.PermitHolderWithPrimitiveAge;
import org.corridor.kernel.privacy.EnrolmentEvents.ReturnRegistered;
import org.corridor.kernel.privacy.EnrolmentEvents.TraineeEnrolled;
import org.corridor.kernel.privacy.EnrolmentEvents.TraineeId;
import org.corridor.kernel.privacy.EnrolmentEvents.TraineesEnrolledInBulk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of crypto-shredding, checked through Axon's JacksonSerializer as the event store uses it. */
class PersonalDataEventSerializationTest {

    private static final ObjectMapper PLAIN_JSON = new ObjectMapper();

    private InMemoryPersonalDataKeys keys;
    private CryptoShredder shredder;
    private JacksonSerializer serializer;

    @BeforeEach
    void setUp() {
        keys = new InMemoryPersonalDataKeys();
        SubjectKeyring keyring = new SubjectKeyring(keys, 1_000, Duration.ofMinutes(5), Clock.systemUTC());
        shredder = new CryptoShredder(keyring, erased -> { });
        serializer = PersonalDataSerializers.eventSerializer(new PersonalDataModule(keyring));
    }

    @Test
    void personal_fields_round_trip_through_the_event_serializer() {
        TraineeEnrolled enrolled = aminaEnrolled();

        SerializedObject<byte[]> stored = serializer.serialize(enrolled, byte[].class);

        assertThat(stored.getType().getName()).isEqualTo(TraineeEnrolled.class.getName());
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(enrolled);
    }

    @Test
    void stored_event_does_not_contain_the_plaintext() {
        String stored = new String(serializer.serialize(aminaEnrolled(), byte[].class).getData(), StandardCharsets.UTF_8);

        assertThat(stored)
                .doesNotContain("Amina", "Yusuf", "1999-04-12", "amina@example.org", "+234", "1234.56")
                .contains("\"traineeId\":\"T-1\"", "\"schemeId\":\"NG-DE-NURSING\"", "\"destinationWageFloor\":2750.00")
                .containsPattern("\"fullName\":\"pd1:[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+\"");
    }

    @Test
    void erased_subject_reads_back_with_personal_fields_null_and_the_rest_intact() {
        SerializedObject<byte[]> stored = serializer.serialize(aminaEnrolled(), byte[].class);

        shredder.erase("T-1", "admin-7");
        TraineeEnrolled read = serializer.deserialize(stored);

        assertThat(read).isEqualTo(new TraineeEnrolled("T-1", "NG-DE-NURSING", null, null, null, null,
                new BigDecimal("2750.00"), List.of("en-B2", "de-B1")));
    }

    @Test
    void erasure_is_recorded_with_who_and_when() {
        serializer.serialize(aminaEnrolled(), byte[].class);

        Erasure erasure = shredder.erase("T-1", "admin-7");

        assertThat(erasure.erasedBy()).isEqualTo("admin-7");
        assertThat(keys.find("T-1")).contains(erasure);
        assertThat(shredder.isErased("T-1")).isTrue();
        assertThat(shredder.isErased("T-2")).isFalse();
    }

    @Test
    void each_subject_has_a_key_of_their_own() {
        serializer.serialize(aminaEnrolled(), byte[].class);
        serializer.serialize(enrolled("T-2", "Chidi Okafor"), byte[].class);

        SubjectKey amina = (SubjectKey) keys.find("T-1").orElseThrow();
        SubjectKey chidi = (SubjectKey) keys.find("T-2").orElseThrow();

        assertThat(amina.keyId()).isNotEqualTo(chidi.keyId());
        assertThat(amina.keyBytes()).isNotEqualTo(chidi.keyBytes());
    }

    @Test
    void erasing_one_subject_leaves_others_readable() {
        SerializedObject<byte[]> amina = serializer.serialize(aminaEnrolled(), byte[].class);
        SerializedObject<byte[]> chidi = serializer.serialize(enrolled("T-2", "Chidi Okafor"), byte[].class);

        shredder.erase("T-1", "admin-7");

        assertThat(serializer.<byte[], TraineeEnrolled>deserialize(amina).fullName()).isNull();
        assertThat(serializer.<byte[], TraineeEnrolled>deserialize(chidi).fullName()).isEqualTo("Chidi Okafor");
    }

    @Test
    void the_same_value_is_sealed_differently_each_time() {
        JsonNode first = json(serializer.serialize(aminaEnrolled(), String.class));
        JsonNode second = json(serializer.serialize(aminaEnrolled(), String.class));

        assertThat(first.get("fullName").asText()).isNotEqualTo(second.get("fullName").asText());
    }

    @Test
    void tampered_ciphertext_is_refused() {
        SerializedObject<String> stored = serializer.serialize(aminaEnrolled(), String.class);
        ObjectNode event = (ObjectNode) json(stored);
        String[] sealed = event.get("fullName").asText().split(":", 3);
        byte[] ivAndCiphertext = Base64.getDecoder().decode(sealed[2]);
        ivAndCiphertext[ivAndCiphertext.length - 20] ^= 0x01;
        event.put("fullName", sealed[0] + ":" + sealed[1] + ":" + Base64.getEncoder().encodeToString(ivAndCiphertext));

        assertThatThrownBy(() -> serializer.deserialize(reserialized(stored, event)))
                .satisfies(e -> assertThat(causeOfType(e, PersonalDataIntegrityException.class))
                        .hasMessageContaining("fails authentication"));
    }

    @Test
    void ciphertext_moved_to_another_subject_is_refused() {
        serializer.serialize(enrolled("T-2", "Chidi Okafor"), byte[].class);
        SerializedObject<String> amina = serializer.serialize(aminaEnrolled(), String.class);
        ObjectNode moved = (ObjectNode) json(amina);
        moved.put("traineeId", "T-2");

        assertThatThrownBy(() -> serializer.deserialize(reserialized(amina, moved)))
                .satisfies(e -> assertThat(causeOfType(e, PersonalDataIntegrityException.class))
                        .hasMessageContaining("was sealed with key"));
    }

    @Test
    void ciphertext_is_bound_to_its_subject_even_under_the_same_key() {
        SerializedObject<String> amina = serializer.serialize(aminaEnrolled(), String.class);
        SubjectKey aminaKey = (SubjectKey) keys.find("T-1").orElseThrow();
        // A key store copy error gives T-2 the very same key: the associated data still tells the subjects apart.
        keys.createIfAbsent(SubjectKey.of("T-2", aminaKey.keyId(), aminaKey.keyBytes(), aminaKey.createdAt()));
        ObjectNode moved = (ObjectNode) json(amina);
        moved.put("traineeId", "T-2");

        assertThatThrownBy(() -> serializer.deserialize(reserialized(amina, moved)))
                .satisfies(e -> assertThat(causeOfType(e, PersonalDataIntegrityException.class))
                        .hasMessageContaining("fails authentication"));
    }

    @Test
    void personal_value_stored_unsealed_is_refused() {
        SerializedObject<String> stored = serializer.serialize(aminaEnrolled(), String.class);
        ObjectNode event = (ObjectNode) json(stored);
        event.put("fullName", "Amina Yusuf");

        assertThatThrownBy(() -> serializer.deserialize(reserialized(stored, event)))
                .satisfies(e -> assertThat(causeOfType(e, PersonalDataIntegrityException.class))
                        .hasMessageContaining("format"));
    }

    @Test
    void subject_without_key_or_erasure_is_refused_rather_than_read_as_erased() {
        SerializedObject<byte[]> stored = serializer.serialize(aminaEnrolled(), byte[].class);
        SubjectKeyring emptyKeyStore = new SubjectKeyring(new InMemoryPersonalDataKeys(), 10, Duration.ofMinutes(1),
                Clock.systemUTC());
        JacksonSerializer otherStore = PersonalDataSerializers.eventSerializer(new PersonalDataModule(emptyKeyStore));

        assertThatThrownBy(() -> otherStore.deserialize(stored))
                .satisfies(e -> assertThat(causeOfType(e, PersonalDataIntegrityException.class))
                        .hasMessageContaining("no key and no recorded erasure"));
    }

    @Test
    void writing_personal_data_for_an_erased_subject_fails() {
        shredder.erase("T-1", "admin-7");

        assertThatThrownBy(() -> serializer.serialize(aminaEnrolled(), byte[].class))
                .satisfies(e -> assertThat(causeOfType(e, SubjectErasedException.class))
                        .hasMessageContaining("T-1")
                        .hasMessageContaining("admin-7"));
        assertThat(keys.find("T-1")).containsInstanceOf(Erasure.class);
    }

    @Test
    void an_erased_subject_can_still_have_events_without_personal_values() {
        shredder.erase("T-1", "admin-7");
        TraineeEnrolled withoutPersonalValues = new TraineeEnrolled("T-1", "NG-DE-NURSING", null, null, null, null,
                new BigDecimal("2750.00"), List.of());

        SerializedObject<byte[]> stored = serializer.serialize(withoutPersonalValues, byte[].class);

        assertThat((Object) serializer.deserialize(stored)).isEqualTo(withoutPersonalValues);
    }

    @Test
    void null_personal_values_stay_null_and_create_no_key() {
        TraineeEnrolled noPersonalValues = new TraineeEnrolled("T-9", "NG-DE-NURSING", null, null, null, null,
                BigDecimal.ONE, List.of());

        SerializedObject<String> stored = serializer.serialize(noPersonalValues, String.class);

        assertThat(json(stored).get("fullName").isNull()).isTrue();
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(noPersonalValues);
        assertThat(keys.find("T-9")).isEmpty();
    }

    @Test
    void numbers_keep_their_exact_value_inside_and_outside_the_ciphertext() {
        BigDecimal precise = new BigDecimal("1234567890.123456789012345678");
        TraineeEnrolled enrolled = new TraineeEnrolled("T-1", "S", "A", null, null, precise, precise, List.of());

        TraineeEnrolled read = serializer.deserialize(serializer.serialize(enrolled, byte[].class));

        assertThat(read.previousMonthlyWage()).isEqualTo(precise);
        assertThat(read.destinationWageFloor()).isEqualTo(precise);
    }

    @Test
    void a_value_type_subject_is_keyed_by_its_value() {
        CandidateShortlisted shortlisted = new CandidateShortlisted(new TraineeId("T-1"), "JO-3", "Amina Y.");

        SerializedObject<byte[]> stored = serializer.serialize(shortlisted, byte[].class);

        assertThat(keys.find("T-1")).containsInstanceOf(SubjectKey.class);
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(shortlisted);
        shredder.erase("T-1", "admin-7");
        assertThat(serializer.<byte[], CandidateShortlisted>deserialize(stored).displayName()).isNull();
    }

    @Test
    void each_person_in_a_bulk_event_is_sealed_with_their_own_key() {
        TraineesEnrolledInBulk bulk = new TraineesEnrolledInBulk("B-1",
                List.of(new Enrolment("T-1", "Amina Yusuf"), new Enrolment("T-2", "Chidi Okafor")));
        SerializedObject<byte[]> stored = serializer.serialize(bulk, byte[].class);

        shredder.erase("T-1", "admin-7");
        TraineesEnrolledInBulk read = serializer.deserialize(stored);

        assertThat(read.enrolments()).containsExactly(new Enrolment("T-1", null), new Enrolment("T-2", "Chidi Okafor"));
    }

    @Test
    void renamed_json_properties_are_sealed_under_their_json_name() {
        ReturnRegistered registered = new ReturnRegistered("W-4", "12 Marina Road, Lagos");

        SerializedObject<String> stored = serializer.serialize(registered, String.class);

        assertThat(stored.getData()).doesNotContain("Marina").contains("\"worker_id\":\"W-4\"", "\"home_address\":\"pd1:");
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(registered);
        shredder.erase("W-4", "counsellor-2");
        assertThat(serializer.<String, ReturnRegistered>deserialize(stored).homeAddress()).isNull();
    }

    @Test
    void personal_data_without_a_data_subject_is_refused_when_first_written() {
        assertThatThrownBy(() -> serializer.serialize(new GrievanceFiledWithoutSubject("G-1", "unpaid"), byte[].class))
                .satisfies(e -> assertThat(causeOfType(e, IllegalStateException.class))
                        .hasMessageContaining("@DataSubject"));
    }

    @Test
    void personal_data_in_a_primitive_is_refused_because_it_cannot_be_erased_to_null() {
        assertThatThrownBy(() -> serializer.serialize(new PermitHolderWithPrimitiveAge("W-1", 31), byte[].class))
                .satisfies(e -> assertThat(causeOfType(e, IllegalStateException.class))
                        .hasMessageContaining("primitive"));
    }

    @Test
    void the_event_serializer_leaves_the_base_mapper_untouched() {
        ObjectMapper base = new ObjectMapper();
        SubjectKeyring keyring = new SubjectKeyring(keys, 10, Duration.ofMinutes(1), Clock.systemUTC());
        JacksonSerializer fromBase = PersonalDataSerializers.eventSerializer(base, new PersonalDataModule(keyring));

        assertThat(new String(fromBase.serialize(new Enrolment("T-5", "Amina"), byte[].class).getData(),
                StandardCharsets.UTF_8)).doesNotContain("Amina");
        assertThat(base.getRegisteredModuleIds()).doesNotContain(PersonalDataModule.MODULE_NAME);
    }

    private static TraineeEnrolled aminaEnrolled() {
        return new TraineeEnrolled("T-1", "NG-DE-NURSING", "Amina Yusuf", LocalDate.of(1999, 4, 12),
                new ContactDetails("amina@example.org", "+234 801 000 0000"), new BigDecimal("1234.56"),
                new BigDecimal("2750.00"), List.of("en-B2", "de-B1"));
    }

    private static TraineeEnrolled enrolled(String traineeId, String fullName) {
        return new TraineeEnrolled(traineeId, "NG-DE-NURSING", fullName, LocalDate.of(2000, 1, 1), null, null,
                new BigDecimal("2750.00"), List.of());
    }

    private static JsonNode json(SerializedObject<String> stored) {
        try {
            return PLAIN_JSON.readTree(stored.getData());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static SerializedObject<String> reserialized(SerializedObject<String> original, JsonNode changed) {
        return new SimpleSerializedObject<>(changed.toString(), String.class, original.getType());
    }

    /** The first exception of {@code type} in the cause chain: Jackson and Axon wrap what the module throws. */
    static <T extends Throwable> T causeOfType(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in the cause chain of " + thrown, thrown);
    }
}
