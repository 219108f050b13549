package org.corridor.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * How the wire server's file stores a document or an index value: as BSON, the encoding the server already
 * speaks on the wire, behind a one-byte tag.
 *
 * <p>A value that BSON cannot carry (the server's own {@link Missing} marker, or anything else its encoder
 * refuses) is stored in Java serialization under a tag of its own, so every value the server holds can be
 * stored and read back as it was.
 */
final class BsonValues {

    private static final byte BSON = 'B';
    private static final byte MISSING = 'M';
    private static final byte SERIALIZED = 'J';

    /** The field a single value is wrapped in, since BSON encodes documents, not bare values. */
    private static final String VALUE = "";

    private BsonValues() {
    }

    /** The document's bytes: the tag, then BSON (or Java serialization if BSON cannot carry a value in it). */
    static byte[] document(Document document) {
        return tagged(document, 512, document);
    }

    /** Reads a document written by {@link #document} from the buffer's position, and moves past it. */
    static Document readDocument(ByteBuffer from) {
        Object value = read(from);
        if (value instanceof Document document) {
            return document;
        }
        throw new IllegalStateException("the wire server's file holds a " + value.getClass().getName()
                + " where a document belongs");
    }

    /** A single value's bytes, with the same tags as documents; {@link Missing} takes one byte. */
    static byte[] value(Object value) {
        if (value instanceof Missing) {
            return new byte[] {MISSING};
        }
        Document wrapper = new Document();
        wrapper.put(VALUE, value);
        return tagged(wrapper, 64, value);
    }

    /** The BSON tag and {@code bson} encoded, or, if BSON cannot carry a value in it, {@code original} serialized. */
    private static byte[] tagged(Document bson, int expectedBytes, Object original) {
        ByteBuf buffer = Unpooled.buffer(expectedBytes);
        try {
            buffer.writeByte(BSON);
            BsonEncoder.encodeDocument(bson, buffer);
            return bytes(buffer);
        } catch (RuntimeException notBson) {
            return serialized(original);
        } finally {
            buffer.release();
        }
    }

    /** Reads a value written by {@link #value} (or a document written by {@link #document}), and moves past it. */
    static Object readValue(ByteBuffer from) {
        int start = from.position();
        Object read = read(from);
        if (from.get(start) == BSON && read instanceof Document wrapper && wrapper.size() == 1
                && wrapper.containsKey(VALUE)) {
            return wrapper.get(VALUE);
        }
        return read;
    }

    private static Object read(ByteBuffer from) {
        byte tag = from.get();
        switch (tag) {
            case BSON -> {
                int length = from.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt(from.position());
                ByteBuf bson = Unpooled.wrappedBuffer(from.slice(from.position(), length));
                from.position(from.position() + length);
                return BsonDecoder.decodeBson(bson);
            }
            case MISSING -> {
                return Missing.getInstance();
            }
            case SERIALIZED -> {
                int length = from.getInt();
                byte[] bytes = new byte[length];
                from.get(bytes);
                try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
                    return in.readObject();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read a value from the wire server's file", e);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("the wire server's file holds a value of an unknown class", e);
                }
            }
            default -> throw new IllegalStateException("the wire server's file holds a value tagged " + tag
                    + ", which this version does not know; it was written by another version of Corridor");
        }
    }

    private static byte[] serialized(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store a " + value.getClass().getName()
                    + " in the wire server's file", e);
        }
        byte[] body = bytes.toByteArray();
        return ByteBuffer.allocate(1 + Integer.BYTES + body.length).put(SERIALIZED).putInt(body.length).put(body)
                .array();
    }

    private static byte[] bytes(ByteBuf buffer) {
        byte[] bytes = new byte[buffer.readableBytes()];
        buffer.getBytes(buffer.readerIndex(), bytes);
        return bytes;
    }
}
