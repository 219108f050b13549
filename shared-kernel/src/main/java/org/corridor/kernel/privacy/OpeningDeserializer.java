package org.corridor.kernel.privacy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.Optional;

/**
 * Opens the sealed {@link PersonalData} properties of an object, then hands the object to the ordinary
 * deserializer. Works on token buffers rather than a JSON tree so numbers keep their exact text (a tree would turn
 * a {@code BigDecimal} wage into a double). An erased subject's values become JSON {@code null}.
 */
final class OpeningDeserializer extends DelegatingDeserializer {

    private static final JsonFactory PLAINTEXT = new JsonFactory();

    private final PersonalDataShape shape;
    private final PersonalDataCipher cipher;

    OpeningDeserializer(JsonDeserializer<?> delegate, PersonalDataShape shape, PersonalDataCipher cipher) {
        super(delegate);
        this.shape = shape;
        this.cipher = cipher;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
        return new OpeningDeserializer(newDelegatee, shape, cipher);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        TokenBuffer sealed = bufferObject(p, ctxt);
        if (sealed == null) {
            return super.deserialize(p, ctxt);
        }
        try (JsonParser opened = open(sealed, p, ctxt)) {
            opened.nextToken();
            return _delegatee.deserialize(opened, ctxt);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue) throws IOException {
        TokenBuffer sealed = bufferObject(p, ctxt);
        if (sealed == null) {
            return super.deserialize(p, ctxt, intoValue);
        }
        try (JsonParser opened = open(sealed, p, ctxt)) {
            opened.nextToken();
            return ((JsonDeserializer<Object>) _delegatee).deserialize(opened, ctxt, intoValue);
        }
    }

    /** The object at the parser as a buffer, or null when the input is not an object. */
    private static TokenBuffer bufferObject(JsonParser p, DeserializationContext ctxt) throws IOException {
        TokenBuffer buffer = ctxt.bufferForInputBuffering(p);
        if (p.hasToken(JsonToken.START_OBJECT)) {
            buffer.copyCurrentStructure(p);
            return buffer;
        }
        if (p.hasToken(JsonToken.FIELD_NAME)) {
            // Mid-object (e.g. after a type id property): buffer the remaining fields as one object.
            buffer.writeStartObject();
            do {
                buffer.copyCurrentStructure(p);
            } while (p.nextToken() == JsonToken.FIELD_NAME);
            buffer.writeEndObject();
            return buffer;
        }
        return null;
    }

    private JsonParser open(TokenBuffer sealed, JsonParser source, DeserializationContext ctxt) throws IOException {
        String subjectId = subjectIdIn(sealed, source, ctxt);
        TokenBuffer opened = ctxt.bufferForInputBuffering(source);
        try (JsonParser fields = sealed.asParser(source)) {
            fields.nextToken();
            opened.writeStartObject();
            while (fields.nextToken() == JsonToken.FIELD_NAME) {
                String name = fields.currentName();
                opened.writeFieldName(name);
                fields.nextToken();
                if (shape.isPersonal(name) && !fields.hasToken(JsonToken.VALUE_NULL)) {
                    writeOpened(name, fields, subjectId, opened);
                } else {
                    opened.copyCurrentStructure(fields);
                }
            }
            opened.writeEndObject();
        }
        return opened.asParser(source);
    }

    private void writeOpened(String name, JsonParser fields, String subjectId, TokenBuffer opened) throws IOException {
        if (!fields.hasToken(JsonToken.VALUE_STRING)) {
            throw new PersonalDataIntegrityException("personal value '" + name + "' of " + shape.type().getName()
                    + " is stored unsealed (" + fields.currentToken() + ")");
        }
        if (subjectId == null) {
            throw new PersonalDataIntegrityException("personal value '" + name + "' of " + shape.type().getName()
                    + " is sealed but the event has no data subject '" + shape.subjectProperty() + "'");
        }
        Optional<byte[]> plaintext = cipher.open(subjectId, fields.getText());
        if (plaintext.isEmpty()) {
            opened.writeNull();
            return;
        }
        try (JsonParser value = PLAINTEXT.createParser(plaintext.get())) {
            value.nextToken();
            opened.copyCurrentStructure(value);
        }
    }

    private String subjectIdIn(TokenBuffer sealed, JsonParser source, DeserializationContext ctxt) throws IOException {
        try (JsonParser fields = sealed.asParser(source)) {
            fields.nextToken();
            while (fields.nextToken() == JsonToken.FIELD_NAME) {
                String name = fields.currentName();
                fields.nextToken();
                if (name.equals(shape.subjectProperty())) {
                    Object subject = ctxt.readValue(fields, shape.subjectType());
                    return subject == null ? null : PersonalDataShape.subjectIdOf(subject);
                }
                fields.skipChildren();
            }
        }
        return null;
    }
}
