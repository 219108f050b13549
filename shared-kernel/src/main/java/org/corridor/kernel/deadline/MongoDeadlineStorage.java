package org.corridor.kernel.deadline;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.jobrunr.storage.nosql.mongo.MongoDBCreator;
import org.jobrunr.storage.nosql.mongo.MongoDBStorageProvider;
import org.jobrunr.storage.nosql.mongo.migrations.MongoMigration;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;

import static org.jobrunr.storage.StorageProviderUtils.DatabaseOptions.CREATE;

/**
 * JobRunr's MongoDB storage, with one difference in how its collections are set up: a {@code dropIndexes} answered
 * with error 27 (IndexNotFound, "no index to drop") counts as done.
 * <p>
 * JobRunr's migration M007 drops every index of its jobs collection before creating its own. MongoDB answers that
 * with success; the MongoDB wire-protocol server of the embedded platform (mongo-java-server) answers IndexNotFound,
 * and JobRunr's storage as shipped then fails to start. "Nothing to drop" leaves the collection exactly as a
 * successful drop would, so the error is safe to ignore; every other error still fails the start.
 */
final class MongoDeadlineStorage extends MongoDBStorageProvider {

    /** MongoDB's error code IndexNotFound. */
    static final int INDEX_NOT_FOUND = 27;

    MongoDeadlineStorage(MongoClient mongoClient, String databaseName) {
        super(mongoClient, databaseName, null, CREATE);
    }

    /** Called by JobRunr's constructor, before this class's fields exist: uses its arguments only. */
    @Override
    protected void runMigrations(MongoClient mongoClient, String databaseName, String collectionPrefix) {
        new TolerantCreator(mongoClient, databaseName, collectionPrefix).runMigrations();
    }

    private static final class TolerantCreator extends MongoDBCreator {

        private final MongoDatabase database;
        private final String collectionPrefix;

        TolerantCreator(MongoClient mongoClient, String databaseName, String collectionPrefix) {
            super(List.of(MongoDBStorageProvider.class), mongoClient, databaseName, collectionPrefix);
            this.database = tolerantDatabase(mongoClient.getDatabase(databaseName));
            this.collectionPrefix = collectionPrefix;
        }

        @Override
        protected void runMigration(MongoMigration migration) {
            migration.runMigration(database, collectionPrefix);
        }
    }

    static MongoDatabase tolerantDatabase(MongoDatabase database) {
        return proxy(MongoDatabase.class, database, (method, result) -> method.getName().equals("getCollection")
                ? proxy(MongoCollection.class, result, null) : result);
    }

    private interface ResultMapper {
        Object map(Method method, Object result);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, ResultMapper mapper) {
        InvocationHandler handler = (self, method, args) -> {
            try {
                Object result = method.invoke(target, args);
                return mapper == null ? result : mapper.map(method, result);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (method.getName().equals("dropIndexes") && cause instanceof MongoCommandException command
                        && command.getErrorCode() == INDEX_NOT_FOUND) {
                    return null;
                }
                throw cause;
            }
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, handler);
    }
}
