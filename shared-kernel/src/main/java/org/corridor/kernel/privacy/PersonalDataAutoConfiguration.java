package org.corridor.kernel.privacy;

import java.time.Clock;
import org.axonframework.eventhandling.EventBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.StringUtils;

/**
 * Crypto-shredding for every service: the key store (MongoDB when the service has a {@link MongoTemplate}, else in
 * memory with a warning), the key ring, the {@link PersonalDataModule} for the event serializer, and the
 * {@link CryptoShredder}.
 * <p>
 * The module bean is of type {@code PersonalDataModule}, not Jackson's {@code Module}, so Spring Boot does not add
 * it to the HTTP {@code ObjectMapper}. The event store configuration builds its {@code eventSerializer} with
 * {@link PersonalDataSerializers#eventSerializer(PersonalDataModule)}.
 */
@AutoConfiguration(after = MongoDataAutoConfiguration.class)
@EnableConfigurationProperties(PersonalDataProperties.class)
public class PersonalDataAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    public PersonalDataKeys personalDataKeys(ObjectProvider<MongoTemplate> mongo, PersonalDataProperties properties) {
        // Chosen here rather than by bean conditions: a service with MongoDB must never end up on the fallback.
        MongoTemplate template = mongo.getIfAvailable();
        if (template != null) {
            String database = properties.keyDatabase();
            return new MongoPersonalDataKeys(StringUtils.hasText(database)
                    ? template.getMongoDatabaseFactory().getMongoDatabase(database)
                    : template.getDb());
        }
        log.warn("""

                ************************************************************************
                PERSONAL DATA KEYS ARE HELD IN MEMORY ONLY (no MongoTemplate found).
                A restart loses every key: personal values already in a persistent
                event store become unreadable. Use this only for tests.
                ************************************************************************""");
        return new InMemoryPersonalDataKeys();
    }

    @Bean
    @ConditionalOnMissingBean
    public SubjectKeyring subjectKeyring(PersonalDataKeys keys, PersonalDataProperties properties) {
        return new SubjectKeyring(keys, properties.keyCacheSize(), properties.keyCacheTtl(), Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean
    public PersonalDataModule personalDataModule(SubjectKeyring keyring) {
        return new PersonalDataModule(keyring);
    }

    @Bean
    @ConditionalOnMissingBean
    public CryptoShredder cryptoShredder(SubjectKeyring keyring, ObjectProvider<EventBus> eventBus) {
        // Resolved at erasure time, not now: the event bus depends on the event serializer, which needs the keyring.
        return new CryptoShredder(keyring, erased -> {
            EventBus bus = eventBus.getIfUnique();
            if (bus == null) {
                log.warn("Erasure of subject {} not announced: no single Axon EventBus in this application",
                        erased.subjectId());
                return;
            }
            CryptoShredder.announcingOn(bus).accept(erased);
        });
    }
}
