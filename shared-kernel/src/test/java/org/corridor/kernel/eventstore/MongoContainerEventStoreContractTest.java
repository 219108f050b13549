package org.corridor.kernel.eventstore;

import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

/** The contract on a real MongoDB 7 (a single-node replica set); skipped, and reported so, where Docker is absent. */
@Testcontainers(disabledWithoutDocker = true)
class MongoContainerEventStoreContractTest extends MongoEventStoreContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer(DockerImageName.parse("mongo:7"));

    @Override
    String mongoUri() {
        return MONGO.getReplicaSetUrl();
    }
}
