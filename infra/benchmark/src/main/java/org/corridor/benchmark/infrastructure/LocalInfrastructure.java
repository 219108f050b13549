package org.corridor.benchmark.infrastructure;

import java.io.IOException;
import java.nio.file.Path;

/** The broker and the wire server in the JVM that calls {@link #start}. */
final class LocalInfrastructure implements PlatformInfrastructure {

    private final KafkaNode kafka;
    private final ReadModelServer mongo;

    private LocalInfrastructure(KafkaNode kafka, ReadModelServer mongo) {
        this.kafka = kafka;
        this.mongo = mongo;
    }

    static LocalInfrastructure start(Path dataDir) throws IOException {
        KafkaNode kafka = KafkaNode.start(dataDir.resolve("kafka"));
        try {
            return new LocalInfrastructure(kafka, ReadModelServer.start(dataDir.resolve("mongo/read-models.mv")));
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
