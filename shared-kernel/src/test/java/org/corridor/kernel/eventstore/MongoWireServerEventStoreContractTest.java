package org.corridor.kernel.eventstore;

import org.corridor.kernel.testing.EmbeddedInfrastructure;

/** The contract on the MongoDB wire-protocol server the embedded platform and the service tests use. */
class MongoWireServerEventStoreContractTest extends MongoEventStoreContract {

    @Override
    String mongoUri() {
        return EmbeddedInfrastructure.mongoUri();
    }
}
