package org.corridor.kernel.mongo;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Against the MongoDB wire server: a taken key keeps out only its own document, and is told by its position. */
class UnorderedInsertTest {

    final MongoCollection<Document> collection = EmbeddedInfrastructure.mongoClient()
            .getDatabase("unordered-" + UUID.randomUUID()).getCollection("rows");

    @Test
    void the_documents_whose_key_was_taken_are_named_by_position_and_the_others_are_inserted() {
        collection.insertMany(List.of(new Document("_id", "a"), new Document("_id", "b")));

        var taken = UnorderedInsert.insertAll(collection, List.of(new Document("_id", "b"), new Document("_id", "c"),
                new Document("_id", "c").append("second", true), new Document("_id", "d")));

        assertThat(taken).containsExactlyInAnyOrder(0, 2);
        assertThat(collection.find().map(d -> d.getString("_id")).into(new java.util.ArrayList<>()))
                .containsExactlyInAnyOrder("a", "b", "c", "d");
        assertThat(collection.find(new Document("_id", "c")).first()).doesNotContainKey("second");
        assertThat(UnorderedInsert.insertAll(collection, List.of())).isEmpty();
    }
}
