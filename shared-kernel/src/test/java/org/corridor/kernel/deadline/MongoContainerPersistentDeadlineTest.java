package org.corridor.kernel.deadline;

import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

import java.util.Map;

/**
 * Mongo engine on a real MongoDB 7 (single-node replica set): the production storage of deadlines. Skipped, and
 * reported so, where Docker is absent; it has not run on the machines this was written on.
 */
@Testcontainers(disabledWithoutDocker = true)
class MongoContainerPersistentDeadlineTest extends PersistentDeadlineContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer(DockerImageName.parse("mongo:7"));

    @Override
    Map<String, String> storeProperties(String store) {
        return Map.of("corridor.event-store.engine", "mongo",
                "spring.data.mongodb.uri", MONGO.getReplicaSetUrl());
    }
}
