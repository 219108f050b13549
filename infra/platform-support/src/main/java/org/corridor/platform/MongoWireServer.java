package org.corridor.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * A MongoDB wire-protocol server (mongo-java-server) whose databases live in one H2 MVStore file and the journal
 * files beside it ({@code DurableH2Backend}), so the read models survive a restart and a killed process. It has no
 * secondary indexes, which is why the embedded event stores are not here but in each service's own H2 database.
 */
public final class MongoWireServer implements AutoCloseable {

    private final MongoServer server;
    private final H2Backend backend;
    private final Path file;
    private final int port;
    private boolean closed;

    private MongoWireServer(MongoServer server, H2Backend backend, Path file, int port) {
        this.server = server;
        this.backend = backend;
        this.file = file;
        this.port = port;
    }

    public static MongoWireServer start(Path file, int port) throws IOException {
        return start(file, port, DurableH2Backend.CHECKPOINT_EVERY);
    }

    /** As {@link #start(Path, int)}, committing the store at a checkpoint this often (see {@code DurableH2Backend}). */
    public static MongoWireServer start(Path file, int port, Duration checkpointEvery) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        H2Backend backend = new DurableH2Backend(absolute, checkpointEvery);
        MongoServer server = new MongoServer(backend);
        try {
            server.bind("localhost", port);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        return new MongoWireServer(server, backend, absolute, port);
    }

    public String connectionString() {
        return "mongodb://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path file() {
        return file;
    }

    /**
     * Disconnects the remaining clients, then commits and closes the MVStore; {@link MongoServer#shutdownNow()}
     * closes the backend, and a closed MVStore is left compact and consistent.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.shutdownNow();
        } finally {
            if (!backend.getMvStore().isClosed()) {
                backend.close();
            }
        }
    }
}
