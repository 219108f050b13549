package org.corridor.benchmark.infrastructure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The Kafka broker and the MongoDB wire server a service of the embedded default talks to. Either in their own
 * JVM, as the embedded launcher runs them (its JVM holds both, each service is a JVM of its own), or in the
 * benchmark's JVM.
 */
public interface PlatformInfrastructure extends AutoCloseable {

    /** The first argument that makes the benchmark's jar serve the infrastructure for another benchmark JVM. */
    String CHILD_ROLE = InfrastructureProcess.ROLE;

    String kafkaBootstrapServers();

    String mongoUri();

    /** Where the broker and the wire server run, for the report. */
    String description();

    /** The process that hosts them. */
    long pid();

    /** Resident memory and heap of that process; heap figures after a full collection when {@code collect}. */
    JvmMemory memory(boolean collect);

    @Override
    void close();

    /** Starts both in this JVM, with their data under {@code dataDir}. */
    static PlatformInfrastructure inThisJvm(Path dataDir) throws IOException {
        return LocalInfrastructure.start(dataDir);
    }

    /** Starts both in a JVM of their own, launched from the benchmark's own code, with their data under {@code dataDir}. */
    static PlatformInfrastructure inOwnProcess(Path dataDir, List<String> jvmOptions) throws IOException {
        return InfrastructureProcess.launch(dataDir, jvmOptions);
    }

    /** The child's side of {@link #inOwnProcess}: serves until the parent says stop or goes away. */
    static void serveForParent(Path dataDir) throws IOException {
        InfrastructureProcess.serve(dataDir);
    }
}
