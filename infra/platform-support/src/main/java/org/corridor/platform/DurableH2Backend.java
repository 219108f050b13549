package org.corridor.platform;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.util.Set;

/**
 * The wire server's H2 backend, made fit for the embedded platform.
 *
 * <p>Durable: the H2 backend commits its MVStore in the background (about once a second), so a write it has
 * already acknowledged could vanish if the process dies. Projections move their tracking token after the
 * acknowledgement, so such a loss would leave a read model short for good. This backend commits the store
 * before a write command is acknowledged: a killed process keeps everything it acknowledged.
 *
 * <p>Commits are shared (group commit): a write waits for a commit that began after it was applied. While one
 * commit runs, the writes of the other connections go on, and the next commit stores them all at once, so a page
 * changed by several writes is serialized once, not once per write. One connection's writes alone are committed
 * one by one, as before.
 *
 * <p>Cached: the store keeps up to {@value #CACHE_MEGABYTES} MB of pages read back from the file (H2's default is
 * 16 MB). H2 drops a page from memory once it is written and reads it back from the file, deserializing every
 * document and index key in it, whenever the cache no longer holds it. With the default, a 2,000-row enrolment
 * import spent a sixth of the wire server's time reading back the index pages it had just written.
 *
 * <p>Answers {@code hello}: mongo-java-server knows the handshake's {@code isMaster} but not {@code hello} sent to
 * a database, which is how Spring Boot's MongoDB health indicator and newer drivers check a server.
 * {@code hello} is {@code isMaster} under its current name.
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
            "drop", "dropdatabase", "createindexes", "dropindexes", "renamecollection");

    private final Object commits = new Object();
    /** Writes applied so far, numbered from 1; guarded by {@link #commits}. */
    private long applied;
    /** Every write numbered up to this one is in the file; guarded by {@link #commits}. */
    private long durable;
    private boolean committing;

    /** Pages of the file kept in memory, in megabytes. */
    static final int CACHE_MEGABYTES = 256;

    DurableH2Backend(String fileName) {
        super(new MVStore.Builder().fileName(fileName).cacheSize(CACHE_MEGABYTES).open());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (command.equalsIgnoreCase("hello")) {
            Document response = super.handleCommand(channel, databaseName, "ismaster", query);
            response.put("isWritablePrimary", Boolean.TRUE);
            return response;
        }
        Document reply = super.handleCommand(channel, databaseName, command, query);
        if (WRITES.contains(command.toLowerCase())) {
            awaitDurable();
        }
        return reply;
    }

    /** Returns once a commit that began after this thread's write has ended. */
    private void awaitDurable() {
        long mine;
        synchronized (commits) {
            mine = ++applied;
        }
        while (true) {
            long upTo;
            synchronized (commits) {
                while (committing && durable < mine) {
                    waitForCommit();
                }
                if (durable >= mine) {
                    return;
                }
                committing = true;
                upTo = applied;
            }
            boolean stored = false;
            try {
                commit();
                stored = true;
            } finally {
                synchronized (commits) {
                    committing = false;
                    if (stored) {
                        durable = Math.max(durable, upTo);
                    }
                    commits.notifyAll();
                }
            }
        }
    }

    private void waitForCommit() {
        try {
            commits.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the store to commit a write", e);
        }
    }
}
