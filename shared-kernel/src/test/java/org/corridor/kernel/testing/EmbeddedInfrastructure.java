package org.corridor.kernel.testing;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.UUID;

/**
 * One real Kafka broker (KRaft) and one MongoDB wire-protocol server per test JVM, shared by every Spring
 * context and test class, started on first use. Each context gets its own in-memory H2 event store.
 */
public final class EmbeddedInfrastructure {

    public static final String TEST_JWT_SECRET = "corridor-test-secret-with-at-least-32-bytes!";

    private static EmbeddedKafkaKraftBroker kafka;
    private static MongoServer mongo;
    private static String mongoUri;
    private static MongoClient mongoClient;

    private EmbeddedInfrastructure() {
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            kafka = new EmbeddedKafkaKraftBroker(1, 3);
            kafka.brokerProperty("auto.create.topics.enable", "true");
            kafka.brokerProperty("num.partitions", "3");
            // Consumers in tests join at once instead of waiting for more members.
            kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
            kafka.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::destroy));
        }
        return kafka.getBrokersAsString();
    }

    public static synchronized String mongoUri() {
        if (mongo == null) {
            mongo = new MongoServer(new MemoryBackend());
            InetSocketAddress address = mongo.bind();
            mongoUri = "mongodb://127.0.0.1:" + address.getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::shutdownNow));
        }
        return mongoUri;
    }

    /** A client of the shared wire server, for tests without a Spring context; closed when the JVM ends. */
    public static synchronized MongoClient mongoClient() {
        if (mongoClient == null) {
            mongoClient = MongoClients.create(mongoUri());
            Runtime.getRuntime().addShutdownHook(new Thread(mongoClient::close));
        }
        return mongoClient;
    }

    /**
     * A new client of the shared wire server that adds the name of every command it sends to {@code names}, for a
     * test of how many round trips something costs; the caller closes it.
     */
    public static MongoClient mongoClientRecording(List<String> names) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(mongoUri()))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        names.add(event.getCommandName());
                    }
                }).build());
    }

    /** Points a Spring Boot test at the shared broker and wire server, with a fresh in-memory event store. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String store = UUID.randomUUID().toString();
            TestPropertyValues.of(
                    "spring.kafka.bootstrap-servers=" + kafkaBootstrapServers(),
                    "spring.data.mongodb.uri=" + mongoUri(),
                    "spring.datasource.url=jdbc:h2:mem:" + store + ";DB_CLOSE_DELAY=-1",
                    "corridor.event-store.node-id=test-" + store,
                    "corridor.security.jwt.hmac-secret=" + TEST_JWT_SECRET,
                    "axoniq.update-checker.disabled=true"
            ).applyTo(context);
        }
    }
}
