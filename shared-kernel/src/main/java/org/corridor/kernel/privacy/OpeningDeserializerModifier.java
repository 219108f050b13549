package org.corridor.kernel.privacy;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;

/** Wraps the deserializer of every type that declares {@link PersonalData} in an {@link OpeningDeserializer}. */
final class OpeningDeserializerModifier extends BeanDeserializerModifier {

    private final PersonalDataCipher cipher;

    OpeningDeserializerModifier(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                  JsonDeserializer<?> deserializer) {
        return PersonalDataShape.of(config, description)
                .<JsonDeserializer<?>>map(shape -> new OpeningDeserializer(deserializer, shape, cipher))
                .orElse(deserializer);
    }
}
