package org.corridor.platform;

import java.nio.ByteBuffer;
import java.util.Arrays;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * The H2 data types of the wire server's maps: documents stored as BSON, index keys stored and compared as
 * bytes.
 *
 * <p>H2's default type Java-serializes any value it does not know, one object stream per value, and compares
 * such keys by serializing both sides at each comparison. The wire server's documents and index keys are such
 * values, and H2 writes a whole page again at each commit, so every acknowledged write serialized every
 * document in the pages it touched, and every index lookup serialized keys along its path.
 */
final class BsonDataTypes {

    private BsonDataTypes() {
    }

    /** A collection's documents, as BSON. */
    static final class Documents extends BasicDataType<Document> {

        static final Documents INSTANCE = new Documents();

        /** A running mean of the stored size, H2's estimate of a document in memory (as its own default keeps). */
        private volatile int averageSize = 1024;

        private Documents() {
        }

        @Override
        public int getMemory(Document document) {
            return averageSize;
        }

        @Override
        public void write(WriteBuffer buffer, Document document) {
            byte[] bytes = BsonValues.document(document);
            averageSize = (bytes.length + 15 * averageSize) / 16;
            buffer.put(bytes);
        }

        @Override
        public Document read(ByteBuffer buffer) {
            return BsonValues.readDocument(buffer);
        }

        /** Equal documents have equal bytes; H2 compares values only to replace or remove one conditionally. */
        @Override
        public int compare(Document a, Document b) {
            return Arrays.compareUnsigned(BsonValues.document(a), BsonValues.document(b));
        }

        @Override
        public Document[] createStorage(int size) {
            return new Document[size];
        }
    }

    /** An index's keys, already encoded by {@link BsonUniqueIndex}: compared byte by byte. */
    static final class KeyBytes extends BasicDataType<byte[]> {

        static final KeyBytes INSTANCE = new KeyBytes();

        private KeyBytes() {
        }

        @Override
        public int getMemory(byte[] key) {
            return 24 + key.length;
        }

        @Override
        public void write(WriteBuffer buffer, byte[] key) {
            buffer.putVarInt(key.length).put(key);
        }

        @Override
        public byte[] read(ByteBuffer buffer) {
            byte[] key = new byte[DataUtils.readVarInt(buffer)];
            buffer.get(key);
            return key;
        }

        @Override
        public int compare(byte[] a, byte[] b) {
            return Arrays.compareUnsigned(a, b);
        }

        @Override
        public byte[][] createStorage(int size) {
            return new byte[size][];
        }
    }
}
