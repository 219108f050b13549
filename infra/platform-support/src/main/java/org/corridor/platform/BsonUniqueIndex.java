package org.corridor.platform;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import org.h2.mvstore.MVMap;

/**
 * A unique index of the wire server in an H2 map whose keys are the index values encoded once, as BSON, and
 * compared as bytes. Two keys are the same key exactly when their encodings are equal, as with the serialized
 * keys of mongo-java-server's own H2 index; a lookup no longer serializes every key along its path.
 */
final class BsonUniqueIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<byte[], Object> map;

    BsonUniqueIndex(MVMap<byte[], Object> map, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
    }

    /** The key's values, each encoded by {@link BsonValues#value}, one after the other. */
    static byte[] encode(KeyValue key) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        for (Object value : key) {
            bytes.writeBytes(BsonValues.value(value));
        }
        return bytes.toByteArray();
    }

    static KeyValue decode(byte[] key) {
        ByteBuffer buffer = ByteBuffer.wrap(key);
        List<Object> values = new ArrayList<>();
        while (buffer.hasRemaining()) {
            values.add(BsonValues.readValue(buffer));
        }
        return new KeyValue(values);
    }

    @Override
    protected Object removeDocument(KeyValue key) {
        return map.remove(encode(key));
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
        return map.putIfAbsent(encode(key), Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return () -> {
            Iterator<Map.Entry<byte[], Object>> entries = map.entrySet().iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return entries.hasNext();
                }

                @Override
                public Map.Entry<KeyValue, Object> next() {
                    Map.Entry<byte[], Object> entry = entries.next();
                    return new AbstractMap.SimpleImmutableEntry<>(decode(entry.getKey()), entry.getValue());
                }
            };
        };
    }

    @Override
    protected Object getPosition(KeyValue key) {
        return map.get(encode(key));
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
