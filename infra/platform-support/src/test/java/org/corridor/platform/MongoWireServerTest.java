package org.corridor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongoWireServerTest {

    @TempDir
    Path dataDir;

    @Test
    void a_document_written_before_a_restart_is_read_after_it() throws Exception {
        Path file = dataDir.resolve("mongo").resolve("read-models.mv");
        int port = FreePorts.any();

        try (MongoWireServer server = MongoWireServer.start(file, port);
             MongoClient client = MongoClients.create(server.connectionString())) {
            trainees(client).insertOne(new Document("_id", "trainee-1").append("country", "MA")
                    .append("track", "AWAY"));
        }
        assertThat(Files.size(file)).isPositive();

        try (MongoWireServer server = MongoWireServer.start(file, port);
             MongoClient client = MongoClients.create(server.connectionString())) {
            Document trainee = trainees(client).find(Filters.eq("_id", "trainee-1")).first();
            assertThat(trainee).isNotNull();
            assertThat(trainee.getString("country")).isEqualTo("MA");
            assertThat(trainee.getString("track")).isEqualTo("AWAY");
        }
    }

    @Test
    void an_acknowledged_write_is_already_in_the_file_so_a_killed_process_keeps_it() throws Exception {
        Path file = dataDir.resolve("mongo").resolve("read-models.mv");
        try (MongoWireServer server = MongoWireServer.start(file, FreePorts.any());
             MongoClient client = MongoClients.create(server.connectionString())) {
            trainees(client).insertOne(new Document("_id", "trainee-2").append("country", "PH"));
            assertThat(server.hasUnsavedChanges()).isFalse();
            trainees(client).updateOne(Filters.eq("_id", "trainee-2"), new Document("$set", new Document("track", "HOME")));
            assertThat(server.hasUnsavedChanges()).isFalse();
            trainees(client).deleteOne(Filters.eq("_id", "trainee-2"));
            assertThat(server.hasUnsavedChanges()).isFalse();
        }
    }

    @Test
    void writes_from_many_connections_at_once_are_all_in_the_file_when_the_last_is_acknowledged() throws Exception {
        Path file = dataDir.resolve("mongo").resolve("read-models.mv");
        int port = FreePorts.any();
        int writers = 8;
        int each = 60;
        try (MongoWireServer server = MongoWireServer.start(file, port)) {
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    int writer = w;
                    done.add(pool.submit(() -> {
                        // a connection of its own per writer, as each service has
                        try (MongoClient client = MongoClients.create(server.connectionString())) {
                            for (int i = 0; i < each; i++) {
                                trainees(client).insertOne(new Document("_id", "t-" + writer + "-" + i));
                                trainees(client).updateOne(Filters.eq("_id", "t-" + writer + "-" + i),
                                        new Document("$set", new Document("track", "AWAY")));
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> writer : done) {
                    writer.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(server.hasUnsavedChanges()).isFalse();
        }

        try (MongoWireServer server = MongoWireServer.start(file, port);
             MongoClient client = MongoClients.create(server.connectionString())) {
            assertThat(trainees(client).countDocuments(Filters.eq("track", "AWAY"))).isEqualTo((long) writers * each);
        }
    }

    @Test
    void answers_the_hello_command_spring_boot_checks_its_health_with() throws Exception {
        try (MongoWireServer server = MongoWireServer.start(dataDir.resolve("read-models.mv"), FreePorts.any());
             MongoClient client = MongoClients.create(server.connectionString())) {
            // what Spring Boot's MongoHealthIndicator runs, on the service's own database
            Document hello = client.getDatabase("corridor-employer-matching").runCommand(new Document("hello", 1));

            assertThat(hello.get("ok", Number.class).intValue()).isEqualTo(1);
            assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
            assertThat(hello.getInteger("maxWireVersion")).isPositive();
        }
    }

    private static MongoCollection<Document> trainees(MongoClient client) {
        return client.getDatabase("corridor-skills-recognition").getCollection("trainees");
    }
}
