package org.corridor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongoWireServerTest {

    /** The killed process's checkpoints, often enough that the test's writes straddle some. */
    private static final Duration CHECKPOINT_EVERY = Duration.ofMillis(250);

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
    void a_killed_process_keeps_every_acknowledged_write_and_applies_none_twice() throws Exception {
        Path file = dataDir.resolve("mongo").resolve("read-models.mv");
        Files.createDirectories(file.getParent());
        int port = FreePorts.any();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WireServerProcess.class.getName(), file.toString(),
                String.valueOf(port), CHECKPOINT_EVERY.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String line;
            while ((line = output.readLine()) != null && !line.equals("ready")) {
                // the server's log, until it listens
            }
            assertThat(line).as("the wire server process started").isEqualTo("ready");
            try (MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
                MongoCollection<Document> trainees = trainees(client);
                trainees.insertOne(new Document("_id", "counts").append("enrolled", 0));
                for (int i = 0; i < 20; i++) {
                    trainees.insertOne(new Document("_id", "t-" + i).append("track", "AWAY"));
                    trainees.updateOne(Filters.eq("_id", "counts"), Updates.inc("enrolled", 1));
                }
                // past a checkpoint: the first writes are in the store, the next only in the journal
                Thread.sleep(CHECKPOINT_EVERY.multipliedBy(4).toMillis());
                for (int i = 20; i < 40; i++) {
                    trainees.insertOne(new Document("_id", "t-" + i).append("track", "AWAY"));
                    trainees.updateOne(Filters.eq("_id", "counts"), Updates.inc("enrolled", 1));
                }
                trainees.deleteOne(Filters.eq("_id", "t-0"));
                trainees.updateOne(Filters.eq("_id", "t-1"), Updates.set("track", "HOME"));
            }
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        // a record cut short by the kill ends the journal: it was never acknowledged
        try (Stream<Path> files = Files.list(file.getParent())) {
            Path last = files.filter(p -> p.getFileName().toString().startsWith("read-models.journal-")).sorted()
                    .reduce((a, b) -> b).orElseThrow();
            Files.write(last, new byte[] {(byte) 0xE8, 3, 0, 0, 1, 2}, StandardOpenOption.APPEND);
        }

        for (int start = 0; start < 2; start++) {
            try (MongoWireServer server = MongoWireServer.start(file, port);
                 MongoClient client = MongoClients.create(server.connectionString())) {
                MongoCollection<Document> trainees = trainees(client);
                assertThat(trainees.find(Filters.eq("_id", "counts")).first().getInteger("enrolled")).isEqualTo(40);
                assertThat(trainees.countDocuments(Filters.eq("track", "AWAY"))).isEqualTo(38);
                assertThat(trainees.find(Filters.eq("_id", "t-0")).first()).isNull();
                assertThat(trainees.find(Filters.eq("_id", "t-1")).first().getString("track")).isEqualTo("HOME");
            }
        }
    }

    @Test
    void journal_files_beside_a_store_that_was_never_journalled_are_not_applied() throws Exception {
        Path file = dataDir.resolve("read-models.mv");
        try (WireJournal stray = WireJournal.of(file)) {
            stray.startFile(7);
            stray.append("corridor-skills-recognition", "insert", insertOf("trainee-7"));
        }

        try (MongoWireServer server = MongoWireServer.start(file, FreePorts.any());
             MongoClient client = MongoClients.create(server.connectionString())) {
            assertThat(trainees(client).countDocuments()).isZero();
        }
        assertThat(WireJournal.of(file).filesFrom(0)).doesNotContain(7L);
    }

    @Test
    void a_journal_that_does_not_continue_its_store_stops_the_start_with_what_to_do() throws Exception {
        Path file = dataDir.resolve("read-models.mv");
        int port = FreePorts.any();
        try (MongoWireServer server = MongoWireServer.start(file, port);
             MongoClient client = MongoClients.create(server.connectionString())) {
            trainees(client).insertOne(new Document("_id", "trainee-8"));
        }
        long next = WireJournal.of(file).filesFrom(0).get(0);
        try (WireJournal later = WireJournal.of(file)) {
            later.startFile(next + 5);
            later.append("corridor-skills-recognition", "insert", insertOf("trainee-9"));
        }

        assertThatThrownBy(() -> MongoWireServer.start(file, port))
                .hasMessageContaining("does not continue its store")
                .hasMessageContaining("Put back the store file these journal files belong to, or remove them");
    }

    private static de.bwaldvogel.mongo.bson.Document insertOf(String id) {
        de.bwaldvogel.mongo.bson.Document trainee = new de.bwaldvogel.mongo.bson.Document("_id", id);
        de.bwaldvogel.mongo.bson.Document insert = new de.bwaldvogel.mongo.bson.Document("insert", "trainees");
        insert.put("documents", List.of(trainee));
        return insert;
    }

    @Test
    void writes_from_many_connections_at_once_are_all_kept_across_a_restart() throws Exception {
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

    @Test
    void a_document_of_every_kind_of_value_reads_back_the_same_after_a_restart() throws Exception {
        Path file = dataDir.resolve("read-models.mv");
        int port = FreePorts.any();
        Document written = everyKindOfValue("trainee-3");

        try (MongoWireServer server = MongoWireServer.start(file, port);
             MongoClient client = MongoClients.create(server.connectionString())) {
            trainees(client).insertOne(written);
        }

        try (MongoWireServer server = MongoWireServer.start(file, port);
             MongoClient client = MongoClients.create(server.connectionString())) {
            assertThat(trainees(client).find(Filters.eq("_id", "trainee-3")).first()).isEqualTo(written);
        }
    }

    @Test
    void a_unique_index_finds_and_refuses_by_its_key_after_a_restart() throws Exception {
        Path file = dataDir.resolve("read-models.mv");
        int port = FreePorts.any();

        try (MongoWireServer server = MongoWireServer.start(file, port);
             MongoClient client = MongoClients.create(server.connectionString())) {
            claimIndex(trainees(client));
            trainees(client).insertOne(new Document("_id", "t-1").append("scheme", "MA-DE").append("number", 7));
            trainees(client).insertOne(new Document("_id", "t-2").append("scheme", "MA-DE").append("number", 8));
        }

        try (MongoWireServer server = MongoWireServer.start(file, port);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> trainees = trainees(client);
            assertThat(trainees.find(Filters.and(Filters.eq("scheme", "MA-DE"), Filters.eq("number", 8))).first())
                    .extracting(d -> d.get("_id")).isEqualTo("t-2");
            // the index normalizes numbers, so a long 7 is the same key as the int 7 stored before
            assertThatThrownBy(() -> trainees.insertOne(new Document("_id", "t-3").append("scheme", "MA-DE")
                    .append("number", 7L)))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            trainees.deleteOne(Filters.eq("_id", "t-1"));
            trainees.insertOne(new Document("_id", "t-3").append("scheme", "MA-DE").append("number", 7L));
            assertThat(trainees.countDocuments()).isEqualTo(2);
        }
    }

    @Test
    void a_file_written_by_the_plain_h2_backend_is_upgraded_with_its_documents_and_indexes() throws Exception {
        Path file = dataDir.resolve("read-models.mv");
        int port = FreePorts.any();
        Document written = everyKindOfValue("trainee-4");

        MongoServer plain = new MongoServer(new H2Backend(file.toString()));
        plain.bind("localhost", port);
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
            claimIndex(trainees(client));
            trainees(client).insertOne(written.append("scheme", "PH-JP").append("number", 1));
            trainees(client).insertOne(new Document("_id", "trainee-5").append("scheme", "PH-JP").append("number", 2));
        } finally {
            plain.shutdownNow();
        }

        for (int start = 0; start < 2; start++) {
            try (MongoWireServer server = MongoWireServer.start(file, port);
                 MongoClient client = MongoClients.create(server.connectionString())) {
                MongoCollection<Document> trainees = trainees(client);
                assertThat(trainees.find(Filters.eq("_id", "trainee-4")).first()).isEqualTo(written);
                assertThat(trainees.find(Filters.and(Filters.eq("scheme", "PH-JP"), Filters.eq("number", 2)))
                        .first()).extracting(d -> d.get("_id")).isEqualTo("trainee-5");
                assertThatThrownBy(() -> trainees.insertOne(new Document("_id", "trainee-6").append("scheme", "PH-JP")
                        .append("number", 1)))
                        .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            }
        }
    }

    private static void claimIndex(MongoCollection<Document> trainees) {
        trainees.createIndex(Indexes.ascending("scheme", "number"), new IndexOptions().unique(true));
    }

    private static Document everyKindOfValue(String id) {
        return new Document("_id", id)
                .append("name", "Ямина Бенали 山田")
                .append("int", 42).append("long", 1L << 40).append("double", 2.5)
                .append("decimal", new Decimal128(new BigDecimal("1234.56")))
                .append("yes", true).append("nothing", null)
                .append("enrolledAt", new Date(1_764_806_400_000L))
                .append("objectId", new ObjectId("65f0c0ffee0123456789abcd"))
                .append("bytes", new Binary(new byte[] {1, 2, 3}))
                .append("languages", List.of(new Document("code", "de").append("level", "B1"),
                        new Document("code", "fr").append("level", "A2")))
                .append("consent", new Document("purposes", List.of("training", "placement"))
                        .append("given", new Document("by", "clerk-1")));
    }

    private static MongoCollection<Document> trainees(MongoClient client) {
        return client.getDatabase("corridor-skills-recognition").getCollection("trainees");
    }
}
