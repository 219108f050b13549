package org.corridor.kernel.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.corridor.kernel.privacy.EnrolmentEvents.ContactDetails;
import org.corridor.kernel.privacy.EnrolmentEvents.TraineeEnrolled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Crypto-shredding end to end through a real Axon event store: the JDBC engine on in-memory H2. */
class PersonalDataInAxonEventStoreTest {

    private DataSource dataSource;
    private JdbcEventStorageEngine engine;
    private EmbeddedEventStore eventStore;
    private CryptoShredder shredder;

    @BeforeEach
    void startEventStore() {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:events-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SubjectKeyring keyring = new SubjectKeyring(new InMemoryPersonalDataKeys(), 1_000, Duration.ofMinutes(5),
                Clock.systemUTC());
        engine = JdbcEventStorageEngine.builder()
                .connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
                .transactionManager(new SpringTransactionManager(new DataSourceTransactionManager(dataSource)))
                .eventSerializer(PersonalDataSerializers.eventSerializer(new PersonalDataModule(keyring)))
                .snapshotSerializer(PersonalDataSerializers.eventSerializer(new PersonalDataModule(keyring)))
                .build();
        engine.createSchema(new H2EventTableFactory());
        eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
        shredder = new CryptoShredder(keyring, CryptoShredder.announcingOn(eventStore));
    }

    @AfterEach
    void stopEventStore() {
        eventStore.shutDown();
    }

    @Test
    void erasing_a_trainee_blanks_their_personal_data_in_stored_events_and_keeps_the_history() {
        TraineeEnrolled enrolled = new TraineeEnrolled("T-1", "NG-DE-NURSING", "Amina Yusuf",
                LocalDate.of(1999, 4, 12), new ContactDetails("amina@example.org", "+234 801 000 0000"),
                new BigDecimal("1234.56"), new BigDecimal("2750.00"), List.of("en-B2"));
        eventStore.publish(new GenericDomainEventMessage<>("Trainee", "T-1", 0, enrolled));

        assertThat(payloadsOf("T-1")).containsExactly(enrolled);
        assertThat(storedPayloads()).singleElement().asString().doesNotContain("Amina", "amina@example.org");

        shredder.erase("T-1", "admin-7");

        assertThat(payloadsOf("T-1")).containsExactly(new TraineeEnrolled("T-1", "NG-DE-NURSING", null, null, null,
                null, new BigDecimal("2750.00"), List.of("en-B2")));
        assertThat(engine.readEvents(null, false).map(Message::getPayload))
                .hasSize(2)
                .last()
                .isInstanceOfSatisfying(PersonalDataErased.class,
                        erased -> assertThat(erased.subjectId()).isEqualTo("T-1"));
    }

    private List<Object> payloadsOf(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(Message::getPayload).map(Object.class::cast).toList();
    }

    private List<String> storedPayloads() {
        return new JdbcTemplate(dataSource).query("SELECT payload FROM DomainEventEntry ORDER BY globalIndex",
                (row, i) -> new String(row.getBytes(1), StandardCharsets.UTF_8));
    }
}
