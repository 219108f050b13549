package org.corridor.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * A database of the wire server in the H2 MVStore, laid out as mongo-java-server's own H2 database lays it out
 * (the same map names), but with documents stored as BSON and index keys stored as bytes ({@link BsonDataTypes}).
 *
 * <p>A file written by mongo-java-server's own H2 backend holds Java-serialized maps under the same names.
 * {@link #upgrade} rewrites such a file once, in one commit, and marks it; until the mark is there, no map is
 * opened with the new types.
 */
final class BsonH2Database extends AbstractSynchronizedMongoDatabase<Object> {

    private static final String DATA_PREFIX = "databases.";
    private static final String META_PREFIX = "meta.";
    private static final String INDEX_INFIX = "._index_";

    /** Holds the layout's version; a MongoDB database name cannot contain '$', so no database owns this map. */
    static final String FORMAT_MAP = "$format";
    static final String FORMAT_KEY = "layout";
    static final String FORMAT = "bson-1";

    private final MVStore store;

    BsonH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        super(databaseName, cursorRegistry);
        this.store = store;
        initializeNamespacesAndIndexes();
    }

    private static MVMap.Builder<Object, Document> documents() {
        return new MVMap.Builder<Object, Document>().valueType(BsonDataTypes.Documents.INSTANCE);
    }

    private static MVMap.Builder<byte[], Object> indexKeys() {
        return new MVMap.Builder<byte[], Object>().keyType(BsonDataTypes.KeyBytes.INSTANCE);
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String namespace = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> data = store.openMap(DATA_PREFIX + namespace, documents());
        MVMap<String, Object> meta = store.openMap(META_PREFIX + namespace);
        return new H2Collection(this, collectionName, options, data, meta, cursorRegistry);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        MVMap<byte[], Object> map = store.openMap(indexMapName(collectionName, indexName), indexKeys());
        return new BsonUniqueIndex(map, indexName, keys, sparse);
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        store.removeMap(indexMapName(collection.getCollectionName(), indexName));
    }

    private String indexMapName(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + INDEX_INFIX + indexName;
    }

    @Override
    public void drop(Oplog oplog) {
        super.drop(oplog);
        List<String> names = store.getMapNames().stream()
                .filter(name -> name.startsWith(databaseName + ".") || name.startsWith(DATA_PREFIX + databaseName + ".")
                        || name.startsWith(META_PREFIX + databaseName + "."))
                .toList();
        names.forEach(store::removeMap);
    }

    @Override
    public void dropCollection(String collectionName, Oplog oplog) {
        super.dropCollection(collectionName, oplog);
        String namespace = getFullCollectionNamespace(collectionName);
        store.removeMap(DATA_PREFIX + namespace);
        store.removeMap(META_PREFIX + namespace);
    }

    @Override
    public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
        super.moveCollection(oldDatabase, collection, newCollectionName);
        String from = collection.getFullName();
        String to = getFullCollectionNamespace(newCollectionName);
        store.renameMap(store.openMap(DATA_PREFIX + from, documents()), DATA_PREFIX + to);
        store.renameMap(store.openMap(META_PREFIX + from), META_PREFIX + to);
    }

    @Override
    protected long getStorageSize() {
        FileStore<?> file = store.getFileStore();
        return file == null ? 0 : file.size();
    }

    @Override
    protected long getFileSize() {
        return getStorageSize();
    }

    /**
     * Brings a store to this layout before any database opens it: a new store is only marked; a store written by
     * mongo-java-server's own H2 backend has each collection's documents and each index's keys copied into maps
     * of the new types, all in one commit with the mark, so an interrupted upgrade leaves the old file as it was.
     */
    static void upgrade(MVStore store) {
        MVMap<String, String> format = store.openMap(FORMAT_MAP);
        if (FORMAT.equals(format.get(FORMAT_KEY))) {
            return;
        }
        if (format.containsKey(FORMAT_KEY)) {
            throw new IllegalStateException("the wire server's file is in layout " + format.get(FORMAT_KEY)
                    + ", which this version of Corridor does not know; start the version that wrote it");
        }
        int autoCommitDelay = store.getAutoCommitDelay();
        store.setAutoCommitDelay(0);
        try {
            for (String name : new ArrayList<>(store.getMapNames())) {
                if (name.startsWith(DATA_PREFIX)) {
                    copy(store, name, documents(), key -> key, value -> (Document) value);
                } else if (!name.startsWith(META_PREFIX) && name.contains(INDEX_INFIX)) {
                    copy(store, name, indexKeys(), key -> BsonUniqueIndex.encode((KeyValue) key), value -> value);
                }
            }
            format.put(FORMAT_KEY, FORMAT);
            store.commit();
        } finally {
            store.setAutoCommitDelay(autoCommitDelay);
        }
    }

    private static <K, V> void copy(MVStore store, String name, MVMap.Builder<K, V> types,
                                    Function<Object, K> key, Function<Object, V> value) {
        MVMap<Object, Object> old = store.openMap(name);
        String upgraded = name + "$upgrading";
        if (store.hasMap(upgraded)) {
            store.removeMap(upgraded);
        }
        MVMap<K, V> copy = store.openMap(upgraded, types);
        for (Map.Entry<Object, Object> entry : old.entrySet()) {
            copy.put(key.apply(entry.getKey()), value.apply(entry.getValue()));
        }
        store.removeMap(old);
        store.renameMap(copy, name);
    }
}
