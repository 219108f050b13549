package org.corridor.kernel.privacy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.util.NameTransformer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.ByteArrayOutputStream;

/**
 * Writes a {@link PersonalData} property as its sealed string. The plaintext is the JSON the property would have
 * had, produced by the ordinary writer (so formats, inclusion rules and nested types behave as usual) into a
 * buffer that never leaves this method.
 */
final class SealingPropertyWriter extends BeanPropertyWriter {

    private static final JsonFactory PLAINTEXT = new JsonFactory();

    private final transient BeanPropertyWriter subject;
    private final transient PersonalDataCipher cipher;

    SealingPropertyWriter(BeanPropertyWriter personal, BeanPropertyWriter subject, PersonalDataCipher cipher) {
        super(personal);
        this.subject = subject;
        this.cipher = cipher;
    }

    private SealingPropertyWriter(SealingPropertyWriter base, PropertyName name) {
        super(base, name);
        this.subject = base.subject;
        this.cipher = base.cipher;
    }

    @Override
    protected BeanPropertyWriter _new(PropertyName newName) {
        return new SealingPropertyWriter(this, newName);
    }

    @Override
    public BeanPropertyWriter unwrappingWriter(NameTransformer unwrapper) {
        throw new IllegalStateException("@PersonalData '" + getName() + "' cannot be unwrapped");
    }

    @Override
    public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider provider) throws Exception {
        if (get(bean) == null) {
            super.serializeAsField(bean, gen, provider);
            return;
        }
        TokenBuffer plain = provider.bufferForValueConversion(gen.getCodec());
        plain.writeStartObject();
        super.serializeAsField(bean, plain, provider);
        plain.writeEndObject();
        try (JsonParser parser = plain.asParser()) {
            parser.nextToken();
            if (parser.nextToken() != JsonToken.FIELD_NAME) {
                return; // left out by an inclusion rule
            }
            parser.nextToken();
            gen.writeFieldName(_name);
            gen.writeString(seal(bean, parser));
        }
    }

    @Override
    public void serializeAsElement(Object bean, JsonGenerator gen, SerializerProvider provider) throws Exception {
        if (get(bean) == null) {
            super.serializeAsElement(bean, gen, provider);
            return;
        }
        TokenBuffer plain = provider.bufferForValueConversion(gen.getCodec());
        super.serializeAsElement(bean, plain, provider);
        try (JsonParser parser = plain.asParser()) {
            parser.nextToken();
            gen.writeString(seal(bean, parser));
        }
    }

    private String seal(Object bean, JsonParser plainValue) throws Exception {
        Object subjectValue = subject.get(bean);
        if (subjectValue == null) {
            throw new IllegalStateException(bean.getClass().getName() + " carries personal data in '" + getName()
                    + "' but its @DataSubject '" + subject.getName() + "' is null");
        }
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try (JsonGenerator out = PLAINTEXT.createGenerator(json)) {
            out.copyCurrentStructure(plainValue);
        }
        return cipher.seal(PersonalDataShape.subjectIdOf(subjectValue), json.toByteArray());
    }
}
