package org.corridor.kernel.privacy;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.Objects;

/**
 * Crypto-shredding for Jackson: {@link PersonalData} values are written sealed with their {@link DataSubject}'s
 * key and read back opened, or {@code null} once the subject is erased.
 * <p>
 * Deliberately not a {@link Module} itself: Spring Boot adds every {@code Module} bean to the HTTP
 * {@code ObjectMapper}, and API responses must not be encrypted. Apply it to the event serializer's mapper only,
 * through {@link #applyTo(ObjectMapper)} or {@link PersonalDataSerializers}.
 */
public final class PersonalDataModule {

    static final String MODULE_NAME = "corridor-personal-data";

    private final PersonalDataCipher cipher;

    public PersonalDataModule(SubjectKeyring keyring) {
        this.cipher = new PersonalDataCipher(Objects.requireNonNull(keyring, "keyring"));
    }

    /** Registers the module on {@code mapper} (once; a second call is ignored by Jackson) and returns it. */
    public <M extends ObjectMapper> M applyTo(M mapper) {
        mapper.registerModule(jacksonModule());
        return mapper;
    }

    /** A fresh Jackson module bound to this key ring, for mappers built elsewhere. */
    public Module jacksonModule() {
        SimpleModule module = new SimpleModule(MODULE_NAME);
        module.setSerializerModifier(new SealingSerializerModifier(cipher));
        module.setDeserializerModifier(new OpeningDeserializerModifier(cipher));
        return module;
    }
}
