package org.corridor.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public integration event contracts, read from {@code contracts/events}: a JSON Schema and an example per
 * event type, and the envelope every event travels in. Producers check what they publish against these;
 * consumers test themselves on the examples.
 */
public final class Contracts {

    public static final String ENVELOPE = "envelope.v1";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private Contracts() {
    }

    /** What is wrong with a published record value: envelope and payload checked; empty when it is valid. */
    public static List<String> violations(String envelopeJson) {
        JsonNode envelope = read(envelopeJson);
        List<String> problems = new ArrayList<>();
        schema(ENVELOPE).validate(envelope).stream().map(m -> "envelope: " + m.getMessage()).forEach(problems::add);
        JsonNode type = envelope.get("eventType");
        if (type == null || !type.isTextual()) {
            return problems;
        }
        if (!exists(type.asText() + ".schema.json")) {
            problems.add("no contract for event type " + type.asText());
            return problems;
        }
        for (ValidationMessage message : schema(type.asText()).validate(envelope.path("payload"))) {
            problems.add("payload: " + message.getMessage());
        }
        return problems;
    }

    /** Throws, naming every violation, unless the record value meets its contract. */
    public static void requireValid(String envelopeJson) {
        List<String> problems = violations(envelopeJson);
        if (!problems.isEmpty()) {
            throw new ContractViolation(problems);
        }
    }

    /** The example record value of an event type, as a consumer receives it. */
    public static String example(String eventType) {
        return text(eventType + ".example.json");
    }

    private static JsonSchema schema(String name) {
        return SCHEMAS.computeIfAbsent(name, n -> FACTORY.getSchema(read(text(n + ".schema.json"))));
    }

    private static boolean exists(String file) {
        return Contracts.class.getClassLoader().getResource("contracts/" + file) != null;
    }

    private static String text(String file) {
        try (InputStream in = Contracts.class.getClassLoader().getResourceAsStream("contracts/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no contract file contracts/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    /** A record value that does not meet its contract. */
    public static class ContractViolation extends AssertionError {
        public ContractViolation(List<String> problems) {
            super("integration event breaks its contract: " + String.join("; ", problems));
        }
    }
}
