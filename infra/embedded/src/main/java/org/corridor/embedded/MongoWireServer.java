package org.corridor.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * A MongoDB wire-protocol server (mongo-java-server) whose databases live in one H2 MVStore file, so the read
 * models survive a restart. It has no secondary indexes, which is why the embedded event stores are not here
 * but in each service's own H2 database.
 */
final class MongoWireServer implements AutoCloseable {

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

    static MongoWireServer start(Path file, int port) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        H2Backend backend = new HelloAnsweringH2Backend(absolute.toString());
        MongoServer server = new MongoServer(backend);
        try {
            server.bind("localhost", port);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        return new MongoWireServer(server, backend, absolute, port);
    }

    /**
     * mongo-java-server answers the handshake's {@code isMaster} but not {@code hello} sent to a database, which is
     * how Spring Boot's MongoDB health indicator checks the server; without an answer every service would report
     * DOWN for as long as it runs. {@code hello} is {@code isMaster} under its current name.
     */
    static final class HelloAnsweringH2Backend extends H2Backend {

        HelloAnsweringH2Backend(String fileName) {
            super(fileName);
        }

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            if (command.equalsIgnoreCase("hello")) {
                Document response = super.handleCommand(channel, databaseName, "ismaster", query);
                response.put("isWritablePrimary", Boolean.TRUE);
                return response;
            }
            return super.handleCommand(channel, databaseName, command, query);
        }
    }

    String connectionString() {
        return "mongodb://localhost:" + port;
    }

    int port() {
        return port;
    }

    Path file() {
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
