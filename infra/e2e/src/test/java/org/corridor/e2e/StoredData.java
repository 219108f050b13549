package org.corridor.e2e;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;

/**
 * Everything the platform has stored, searched for values: every document of every read model (over the MongoDB wire
 * protocol), the raw bytes of every service's event store file, every record of every Kafka topic.
 */
final class StoredData {

    private StoredData() {
    }

    /** Where each value appears, as "where: value"; empty when none does. */
    static List<String> find(EmbeddedPlatformProcess platform, List<String> values) {
        List<String> found = new ArrayList<>();
        try (MongoClient client = MongoClients.create(platform.mongo())) {
            for (String name : client.listDatabaseNames()) {
                if (List.of("admin", "local", "config").contains(name)) {
                    continue;
                }
                MongoDatabase database = client.getDatabase(name);
                for (String collection : database.listCollectionNames()) {
                    for (Document document : database.getCollection(collection).find()) {
                        String json = document.toJson();
                        for (String value : values) {
                            if (json.contains(value)) {
                                found.add("read model " + name + "." + collection + " " + document.get("_id") + ": "
                                        + value);
                            }
                        }
                    }
                }
            }
        }
        for (Path file : eventStoreFiles(platform.dataDir())) {
            String raw;
            try {
                raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String value : values) {
                // ISO-8859-1 keeps every byte, so a UTF-8 value is found as its bytes
                String bytes = new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
                if (raw.contains(bytes)) {
                    found.add("event store file " + platform.dataDir().relativize(file) + ": " + value);
                }
            }
        }
        for (String topic : Topics.all(platform.kafka())) {
            for (ConsumerRecord<String, String> record : Topics.readWhole(platform.kafka(), topic)) {
                for (String value : values) {
                    if ((record.value() != null && record.value().contains(value))
                            || (record.key() != null && record.key().contains(value))) {
                        found.add("topic " + topic + " offset " + record.offset() + ": " + value);
                    }
                }
            }
        }
        return found;
    }

    /** The H2 files of the services' event stores (events, tokens, sagas, deadlines), not the read models' file. */
    static List<Path> eventStoreFiles(Path dataDir) {
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".mv.db"))
                    .filter(file -> !file.startsWith(dataDir.resolve("mongo")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
