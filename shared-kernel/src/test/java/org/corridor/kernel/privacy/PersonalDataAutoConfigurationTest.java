package org.corridor.kernel.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.corridor.kernel.privacy.EnrolmentEvents.Enrolment;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;

class PersonalDataAutoConfigurationTest {

    private static final MongoClient client = EmbeddedInfrastructure.mongoClient();
    /** The wire server is shared by the JVM's tests: databases of this class's own. */
    private static final String RUN = "-" + UUID.randomUUID().toString().substring(0, 8);

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PersonalDataAutoConfiguration.class));

    @Test
    void services_pick_the_configuration_up_from_the_auto_configuration_imports() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
                .contains(PersonalDataAutoConfiguration.class.getName());
    }

    @Test
    void keys_live_in_mongodb_when_the_service_has_a_mongo_template() {
        contexts.withBean(MongoTemplate.class, () -> new MongoTemplate(client, "corridor-skills-recognition" + RUN))
                .run(context -> {
                    assertThat(context).getBean(PersonalDataKeys.class).isInstanceOf(MongoPersonalDataKeys.class);

                    context.getBean(SubjectKeyring.class).keyForWriting("T-1");

                    assertThat(client.getDatabase("corridor-skills-recognition" + RUN)
                            .getCollection(MongoPersonalDataKeys.COLLECTION).countDocuments()).isEqualTo(1);
                });
    }

    @Test
    void keys_can_live_in_a_database_of_their_own() {
        contexts.withBean(MongoTemplate.class, () -> new MongoTemplate(client, "corridor-employer-matching" + RUN))
                .withPropertyValues("corridor.personal-data.key-database=corridor-keys-employer-matching" + RUN)
                .run(context -> {
                    context.getBean(SubjectKeyring.class).keyForWriting("T-1");

                    assertThat(client.getDatabase("corridor-keys-employer-matching" + RUN)
                            .getCollection(MongoPersonalDataKeys.COLLECTION).countDocuments()).isEqualTo(1);
                    assertThat(client.getDatabase("corridor-employer-matching" + RUN)
                            .getCollection(MongoPersonalDataKeys.COLLECTION).countDocuments()).isZero();
                });
    }

    @Test
    void keys_fall_back_to_memory_without_mongodb() {
        contexts.run(context -> assertThat(context)
                .hasNotFailed()
                .getBean(PersonalDataKeys.class).isInstanceOf(InMemoryPersonalDataKeys.class));
    }

    @Test
    void a_key_store_of_the_service_replaces_the_default() {
        InMemoryPersonalDataKeys own = new InMemoryPersonalDataKeys();
        contexts.withBean(MongoTemplate.class, () -> new MongoTemplate(client, "corridor-visa-permit-tracking" + RUN))
                .withBean(PersonalDataKeys.class, () -> own)
                .run(context -> assertThat(context.getBean(PersonalDataKeys.class)).isSameAs(own));
    }

    @Test
    void http_responses_are_not_encrypted() {
        contexts.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).hasSingleBean(PersonalDataModule.class);
                    assertThat(context.getBeansOfType(Module.class).values())
                            .noneMatch(module -> PersonalDataModule.MODULE_NAME.equals(module.getModuleName()));

                    ObjectMapper http = context.getBean(ObjectMapper.class);
                    assertThat(http.getRegisteredModuleIds()).doesNotContain(PersonalDataModule.MODULE_NAME);
                    assertThat(http.writeValueAsString(new Enrolment("T-1", "Amina Yusuf"))).contains("Amina Yusuf");
                });
    }

    @Test
    void an_erasure_is_announced_on_the_event_bus() {
        List<EventMessage<?>> published = new ArrayList<>();
        SimpleEventBus eventBus = SimpleEventBus.builder().build();
        eventBus.subscribe(published::addAll);
        contexts.withBean(EventBus.class, () -> eventBus)
                .run(context -> {
                    context.getBean(CryptoShredder.class).erase("T-1", "admin-7");

                    assertThat(published).singleElement()
                            .extracting(EventMessage::getPayload)
                            .isInstanceOfSatisfying(PersonalDataErased.class,
                                    erased -> assertThat(erased.subjectId()).isEqualTo("T-1"));
                });
    }

    @Test
    void an_erasure_without_an_event_bus_still_erases() {
        contexts.run(context -> {
            context.getBean(CryptoShredder.class).erase("T-1", "admin-7");

            assertThat(context.getBean(CryptoShredder.class).isErased("T-1")).isTrue();
        });
    }
}
