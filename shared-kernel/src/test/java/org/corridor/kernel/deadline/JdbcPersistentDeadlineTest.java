package org.corridor.kernel.deadline;

import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

/** Embedded engine: deadlines in JobRunr's SQL storage on the H2 file that holds the events. */
class JdbcPersistentDeadlineTest extends PersistentDeadlineContract {

    @TempDir
    static Path dataDirectory;

    @Override
    Map<String, String> storeProperties(String store) {
        return Map.of("corridor.event-store.engine", "jdbc",
                "spring.datasource.url", "jdbc:h2:file:" + dataDirectory.resolve(store).resolve("events")
                        + ";WRITE_DELAY=0",
                "spring.data.mongodb.uri", EmbeddedInfrastructure.mongoUri());
    }
}
