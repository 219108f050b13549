package org.corridor.kernel.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.UUID;
import org.bson.Document;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The key store contract against a MongoDB wire-protocol server, plus the stored document's shape. */
class MongoPersonalDataKeysTest extends PersonalDataKeysContract {

    private static final MongoClient client = EmbeddedInfrastructure.mongoClient();

    private MongoDatabase database;
    private MongoPersonalDataKeys keys;

    @BeforeEach
    void freshDatabase() {
        database = client.getDatabase("keys-" + UUID.randomUUID());
        keys = new MongoPersonalDataKeys(database);
    }

    @Override
    PersonalDataKeys keys() {
        return keys;
    }

    @Test
    void a_key_is_one_document_per_subject_in_its_own_collection() {
        SubjectKey key = newKey("T-1");
        keys.createIfAbsent(key);

        Document stored = database.getCollection(MongoPersonalDataKeys.COLLECTION).find().first();

        assertThat(stored).isNotNull();
        assertThat(stored.keySet()).containsExactlyInAnyOrder("_id", "keyId", "key", "createdAt");
        assertThat(stored.getString("_id")).isEqualTo("T-1");
        assertThat(stored.getString("keyId")).isEqualTo(key.keyId());
    }

    @Test
    void an_erased_key_leaves_no_key_material_in_the_document() {
        keys.createIfAbsent(newKey("T-1"));

        keys.erase(new Erasure("T-1", Instant.now(), "admin-7"));

        Document stored = database.getCollection(MongoPersonalDataKeys.COLLECTION).find().first();
        assertThat(stored).isNotNull();
        assertThat(stored.keySet()).doesNotContain("key").contains("erasedAt", "erasedBy");
        assertThat(database.getCollection(MongoPersonalDataKeys.COLLECTION).countDocuments()).isEqualTo(1);
    }
}
