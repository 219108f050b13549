package org.corridor.kernel.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.corridor.kernel.messaging.IntegrationEventInbox.ReceivedEvent;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;

/**
 * The consumer's own copies of the JSON Schemas of the event types it reads, on its classpath at
 * {@value #LOCATION}{@code <type>.schema.json} (draft 2020-12 unless the copy says otherwise).
 */
final class ConsumedContracts {

    static final String LOCATION = "contracts/consumed/";
    private static final String ID_PREFIX = "urn:corridor:contract:";
    /** The keyword of a violation that only says the payload has a field the copy does not list. */
    private static final String ADDED_FIELD = "additionalProperties";

    private final ClassLoader classLoader;
    private final ObjectMapper json;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    ConsumedContracts(ClassLoader classLoader, ObjectMapper json) {
        this.classLoader = classLoader;
        this.json = json;
    }

    static String location(String type) {
        return LOCATION + type + ".schema.json";
    }

    /** The schema copy of {@code type}; throws, naming the type and where the copy belongs, if it is missing or unfit. */
    JsonSchema schema(String type) {
        String location = location(type);
        JsonNode schema;
        try (InputStream in = classLoader.getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("no copy of the schema of integration event type " + type
                        + " on the classpath at " + location + ": copy contracts/events/" + type
                        + ".schema.json into the service's src/main/resources/" + LOCATION);
            }
            schema = json.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("the copy of the schema of integration event type " + type + " at "
                    + location + " is not JSON: " + e.getMessage(), e);
        }
        if (schema == null || !schema.isObject()) {
            throw new IllegalStateException("the copy of the schema of integration event type " + type + " at "
                    + location + " is not a JSON Schema object");
        }
        // A contract names its type in $id: catches a file copied under the wrong name.
        String id = schema.path("$id").asText("");
        if (id.startsWith(ID_PREFIX) && !id.equals(ID_PREFIX + type)) {
            throw new IllegalStateException("the copy at " + location + " is the schema of " + id
                    + ", not of integration event type " + type + ": copy contracts/events/" + type + ".schema.json");
        }
        try {
            return factory.getSchema(schema);
        } catch (RuntimeException e) {
            throw new IllegalStateException("the copy of the schema of integration event type " + type + " at "
                    + location + " is not a usable JSON Schema: " + e.getMessage(), e);
        }
    }

    /**
     * Throws {@link MalformedIntegrationEventException} listing every violation of the payload. A field the copy
     * does not know is no violation: a publisher may add optional fields to a version (contracts/catalogue.md),
     * and a consumer relies only on what its copy requires, so {@code additionalProperties: false} in a verbatim
     * copy is read tolerantly.
     */
    static void requireValid(JsonSchema schema, ReceivedEvent event) {
        List<String> messages = schema.validate(event.envelope().payload()).stream()
                .filter(violation -> !ADDED_FIELD.equals(violation.getType()))
                .map(ValidationMessage::getMessage)
                .sorted(Comparator.naturalOrder())
                .toList();
        if (messages.isEmpty()) {
            return;
        }
        throw new MalformedIntegrationEventException("payload of " + event.type() + " " + event.eventId()
                + " breaks the consumer's copy of its schema (" + location(event.type()) + "), "
                + messages.size() + " violation(s): " + String.join("; ", messages), null);
    }
}
