package org.corridor.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The layout of the data folder, and the lock that keeps a second launcher off it: two brokers on one Kafka log
 * directory, or two servers on one MVStore file, would fail later with less helpful messages.
 *
 * <pre>
 * data/
 *   kafka/                      Kafka log directory (KRaft metadata and topics)
 *   mongo/read-models.mv        the MongoDB wire server's H2 file (read models, one database per service)
 *   &lt;service-name&gt;/events*     each service's embedded event store (written by the service)
 *   logs/&lt;name&gt;.log            each service's output; logs/platform.log is Kafka's and MongoDB's
 *   run/&lt;name&gt;.pid             pids of running services
 *   startup-cache/&lt;name&gt;/       unpacked service jars and their class-data archives (see StartupCache)
 *   jwt-secret                  the token signing key
 *   launcher.lock
 * </pre>
 */
final class PlatformFiles implements AutoCloseable {

    private final Path root;
    private FileChannel lockChannel;
    private FileLock lock;

    PlatformFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    Path kafka() {
        return root.resolve("kafka");
    }

    Path mongoFile() {
        return root.resolve("mongo").resolve("read-models.mv");
    }

    Path logs() {
        return root.resolve("logs");
    }

    Path log(String name) {
        return logs().resolve(name + ".log");
    }

    Path run() {
        return root.resolve("run");
    }

    Path startupCache() {
        return root.resolve("startup-cache");
    }

    Path jwtSecret() {
        return root.resolve("jwt-secret");
    }

    /**
     * Creates the folder and takes its lock.
     *
     * @throws IllegalStateException when another launcher holds it
     */
    void lock() throws IOException {
        Files.createDirectories(logs());
        Path lockFile = root.resolve("launcher.lock");
        lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        lock = lockChannel.tryLock();
        if (lock == null) {
            String holder = Files.readString(lockFile, StandardCharsets.US_ASCII).trim();
            lockChannel.close();
            throw new IllegalStateException("Another Corridor launcher" + (holder.isEmpty() ? "" : " (pid " + holder
                    + ")") + " is using " + root + ". Stop it first, or use another --data-dir.");
        }
        lockChannel.truncate(0);
        lockChannel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid())
                .getBytes(StandardCharsets.US_ASCII)), 0);
        lockChannel.force(false);
    }

    @Override
    public void close() throws IOException {
        if (lock != null) {
            lock.release();
            lock = null;
        }
        if (lockChannel != null) {
            lockChannel.close();
            lockChannel = null;
        }
    }
}
