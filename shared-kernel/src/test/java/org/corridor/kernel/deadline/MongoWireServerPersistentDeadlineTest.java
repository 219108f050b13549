package org.corridor.kernel.deadline;

import org.corridor.kernel.testing.EmbeddedInfrastructure;

import java.util.Map;

/**
 * Mongo engine on the MongoDB wire-protocol server: JobRunr's MongoDB storage starts there only through
 * {@link MongoDeadlineStorage}. The server outlives the two instances, as a database does.
 */
class MongoWireServerPersistentDeadlineTest extends PersistentDeadlineContract {

    @Override
    Map<String, String> storeProperties(String store) {
        return Map.of("corridor.event-store.engine", "mongo",
                "spring.data.mongodb.uri", EmbeddedInfrastructure.mongoUri());
    }
}
