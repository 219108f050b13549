package org.corridor.kernel.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Inserts documents in one unordered write, where a document whose key is taken does not keep the others out, and
 * says which were not inserted for that reason. For writes of a batch that would otherwise be one insert a document
 * (on the embedded default, one acknowledged command to the wire server each). Any other failure, or a write concern
 * error, is thrown as the driver reports it.
 */
public final class UnorderedInsert {

    private UnorderedInsert() {
    }

    /** @return the positions in {@code documents} of those not inserted because a unique key they hold was taken */
    public static Set<Integer> insertAll(MongoCollection<Document> collection, List<Document> documents) {
        Set<Integer> taken = new HashSet<>();
        if (documents.isEmpty()) {
            return taken;
        }
        try {
            collection.insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException partly) {
            if (partly.getWriteConcernError() != null) {
                throw partly;
            }
            for (BulkWriteError error : partly.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw partly;
                }
                taken.add(error.getIndex());
            }
        }
        return taken;
    }
}
