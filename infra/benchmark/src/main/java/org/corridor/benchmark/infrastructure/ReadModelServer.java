package org.corridor.benchmark.infrastructure;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The MongoDB wire-protocol server of the embedded default, its databases in one H2 MVStore file on disk. */
final class ReadModelServer implements AutoCloseable {

    private final MongoServer server;
    private final H2Backend backend;
    private final int port;

    private ReadModelServer(MongoServer server, H2Backend backend, int port) {
        this.server = server;
        this.backend = backend;
        this.port = port;
    }

    static ReadModelServer start(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        H2Backend backend = new H2Backend(absolute.toString());
        MongoServer server = new MongoServer(backend);
        int port = FreePort.any();
        server.bind("localhost", port);
        return new ReadModelServer(server, backend, port);
    }

    String connectionString() {
        return "mongodb://localhost:" + port;
    }

    @Override
    public void close() {
        try {
            server.shutdownNow();
        } finally {
            if (!backend.getMvStore().isClosed()) {
                backend.close();
            }
        }
    }
}
