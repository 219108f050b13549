package org.corridor.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * The wire server's journal: every write command, in the order it was applied, in numbered files beside the
 * store's file ({@code read-models.mv} has {@code read-models.journal-000001}, ...). A write is acknowledged
 * once its record is in the file; the store itself is committed about once a second, and the store's commit names
 * the first file whose records it does not hold yet. At start, those files are applied again.
 *
 * <p>A record is its length, a CRC-32C of its body, and the body: the database, the command's name and the
 * command itself, as BSON. A record cut short or damaged (a process killed in the middle of writing it, before the
 * write it stands for was acknowledged) ends the file: what follows it is never applied.
 *
 * <p>The journal is written as the store is, into the operating system's cache without forcing it to the disk:
 * a killed process loses nothing it acknowledged; a machine that loses power may lose its last writes.
 */
final class WireJournal implements AutoCloseable {

    private static final int HEADER = Integer.BYTES * 2;

    private final Path directory;
    private final String prefix;
    private final Pattern name;
    private FileChannel channel;
    private long sequence;
    private long records;

    private WireJournal(Path storeFile) {
        this.directory = storeFile.toAbsolutePath().getParent();
        String file = storeFile.getFileName().toString();
        this.prefix = (file.endsWith(".mv") ? file.substring(0, file.length() - 3) : file) + ".journal-";
        this.name = Pattern.compile(Pattern.quote(prefix) + "(\\d{6,})");
    }

    /** The journal of the store in this file; nothing is opened for writing until {@link #startFile}. */
    static WireJournal of(Path storeFile) {
        return new WireJournal(storeFile);
    }

    /** The journal files numbered {@code from} and above, in order. */
    List<Long> filesFrom(long from) {
        List<Long> numbers = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.forEach(path -> {
                Matcher matcher = name.matcher(path.getFileName().toString());
                if (matcher.matches()) {
                    long number = Long.parseLong(matcher.group(1));
                    if (number >= from) {
                        numbers.add(number);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the wire server's journal in " + directory, e);
        }
        numbers.sort(null);
        return numbers;
    }

    /** Hands each whole record of the file to the consumer, in order; returns how many there were. */
    long read(long number, Consumer<Record> consumer) {
        Path path = path(number);
        long count = 0;
        try (FileChannel in = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
            long size = in.size();
            long position = 0;
            while (position + HEADER <= size) {
                header.clear();
                in.read(header, position);
                header.flip();
                int length = header.getInt();
                int checksum = header.getInt();
                if (length <= 0 || position + HEADER + length > size) {
                    break;
                }
                ByteBuffer body = ByteBuffer.allocate(length);
                in.read(body, position + HEADER);
                body.flip();
                if (checksum(body.array(), length) != checksum) {
                    break;
                }
                Document record = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(body));
                consumer.accept(new Record(record.get("database").toString(), record.get("command").toString(),
                        (Document) record.get("query")));
                count++;
                position += HEADER + length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the wire server's journal " + path, e);
        }
        return count;
    }

    /** Ends the current file and starts the numbered one, into which the following records go. */
    void startFile(long number) {
        closeFile();
        try {
            channel = FileChannel.open(path(number), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the wire server's journal " + path(number), e);
        }
        sequence = number;
        records = 0;
    }

    /** Removes the files numbered below {@code number}, whose records the store now holds. */
    void removeFilesBelow(long number) {
        for (long old : filesFrom(0)) {
            if (old < number) {
                try {
                    Files.deleteIfExists(path(old));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot remove the wire server's journal " + path(old), e);
                }
            }
        }
    }

    /** Writes the record to the current file; when this returns, a killed process keeps it. */
    void append(String database, String command, Document query) {
        Document record = new Document();
        record.put("database", database);
        record.put("command", command);
        record.put("query", query);
        ByteBuf body = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(record, body);
            int length = body.readableBytes();
            ByteBuffer bytes = ByteBuffer.allocate(HEADER + length).order(ByteOrder.LITTLE_ENDIAN);
            bytes.putInt(length);
            byte[] content = new byte[length];
            body.getBytes(body.readerIndex(), content);
            bytes.putInt(checksum(content, length));
            bytes.put(content);
            bytes.flip();
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            records++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the wire server's journal " + path(sequence), e);
        } finally {
            body.release();
        }
    }

    /** The folder of the store's file and its journal files. */
    Path directory() {
        return directory;
    }

    /** The number of the file records go to now. */
    long sequence() {
        return sequence;
    }

    /** Records written to the current file. */
    long records() {
        return records;
    }

    @Override
    public void close() {
        closeFile();
    }

    private void closeFile() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the wire server's journal " + path(sequence), e);
            }
            channel = null;
        }
    }

    private Path path(long number) {
        return directory.resolve(prefix + String.format("%06d", number));
    }

    private static int checksum(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }

    /** A write command as it was applied. */
    record Record(String database, String command, Document query) {
    }
}
