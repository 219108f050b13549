package org.corridor.kernel.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Axon event serializers that seal personal data. Use one as the {@code eventSerializer} of every service, so
 * events are protected from the first one written.
 * <p>
 * Choices made here, once for all services:
 * <ul>
 *   <li>Lenient deserialization: a field removed from an event type is ignored in old events instead of failing
 *   the replay.</li>
 *   <li>No Axon default typing: events are records with concrete component types, so class names need not be
 *   stored in the JSON, and Jackson's polymorphic typing with Axon's permissive validator would accept any class
 *   named in stored data.</li>
 *   <li>Dates as ISO-8601 text, not numeric arrays, so the stored events read the same to people and tools.</li>
 * </ul>
 */
public final class PersonalDataSerializers {

    private PersonalDataSerializers() {
    }

    /**
     * The event serializer on a mapper of its own. Preferred: the stored event format then does not move when
     * someone tunes {@code spring.jackson.*} for the HTTP API.
     */
    public static JacksonSerializer eventSerializer(PersonalDataModule module) {
        return build(eventObjectMapper(module));
    }

    /** The event serializer on a copy of {@code base} (left untouched) with the personal-data module added. */
    public static JacksonSerializer eventSerializer(ObjectMapper base, PersonalDataModule module) {
        return build(module.applyTo(base.copy()));
    }

    /** The mapper behind {@link #eventSerializer(PersonalDataModule)}, e.g. for tests and upcaster fixtures. */
    public static ObjectMapper eventObjectMapper(PersonalDataModule module) {
        return module.applyTo(JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .build());
    }

    private static JacksonSerializer build(ObjectMapper mapper) {
        return JacksonSerializer.builder()
                .objectMapper(mapper)
                .lenientDeserialization()
                .build();
    }
}
