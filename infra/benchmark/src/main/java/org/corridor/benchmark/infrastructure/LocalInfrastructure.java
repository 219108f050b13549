package org.corridor.benchmark.infrastructure;

import org.corridor.platform.FreePorts;
import org.corridor.platform.KafkaBroker;
import org.corridor.platform.MongoWireServer;

import java.io.IOException;
import java.nio.file.Path;

/** The broker and the wire server in the JVM that calls {@link #start}. */
final class LocalInfrastructure implements PlatformInfrastructure {

    private final KafkaBroker kafka;
    private final MongoWireServer mongo;

    private LocalInfrastructure(KafkaBroker kafka, MongoWireServer mongo) {
        this.kafka = kafka;
        this.mongo = mongo;
    }

    static LocalInfrastructure start(Path dataDir) throws IOException {
        // Kafka exits the process on a fatal error; here that would take the measurements down with it unexplained.
        KafkaBroker kafka = KafkaBroker.start(dataDir.resolve("kafka"), FreePorts.any(), fatal -> {
            throw new IllegalStateException(fatal);
        });
        try {
            return new LocalInfrastructure(kafka, MongoWireServer.start(dataDir.resolve("mongo/read-models.mv"),
                    FreePorts.any()));
        } catch (IOException | RuntimeException e) {
            kafka.close();
            throw e;
        }
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public String mongoUri() {
        return mongo.connectionString();
    }

    @Override
    public String description() {
        return "in the benchmark's JVM";
    }

    @Override
    public long pid() {
        return ProcessHandle.current().pid();
    }

    @Override
    public JvmMemory memory(boolean collect) {
        return JvmMemory.ofThisJvm(collect);
    }

    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            mongo.close();
        }
    }
}
