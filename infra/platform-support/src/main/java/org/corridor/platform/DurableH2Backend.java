package org.corridor.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wire server's H2 backend, made fit for the embedded platform.
 *
 * <p>Durable through a journal: a write command is applied, then its record is written to the
 * {@linkplain WireJournal journal}, and only then acknowledged, so a killed process keeps everything it
 * acknowledged. Projections move their tracking token after the acknowledgement, so a lost write would leave a
 * read model short for good. The store itself is committed at a checkpoint, every
 * {@linkplain #CHECKPOINT_EVERY 5 seconds} by default; each checkpoint starts a new journal file and names it in
 * the same commit. At start, the journal files from the one the store names on are applied again, in order. Writes
 * are applied one at a time, so the journal's order is the order they changed the store in. A checkpoint holds the
 * writes while it commits (70-430 ms during a 10,000-row enrolment import); reads go on.
 *
 * <p>Before the journal, the store was committed before each write was acknowledged: every write paid for
 * writing again every page it had changed (a whole leaf of documents, its parents and the store's own maps), which
 * was half of the infrastructure process's time during an enrolment import. A checkpoint writes a page changed by
 * many writes once.
 *
 * <p>Stored as BSON: documents and index keys are kept in the file as BSON bytes ({@link BsonH2Database}), not in
 * H2's default Java serialization.
 *
 * <p>Cached: the store keeps up to {@value #CACHE_MEGABYTES} MB of pages read back from the file (H2's default is
 * 16 MB). H2 drops a page from memory once it is written and reads it back from the file, deserializing every
 * document and index key in it, whenever the cache no longer holds it.
 *
 * <p>Answers {@code hello}: mongo-java-server knows the handshake's {@code isMaster} but not {@code hello} sent to
 * a database, which is how Spring Boot's MongoDB health indicator and newer drivers check a server.
 * {@code hello} is {@code isMaster} under its current name.
 */
final class DurableH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(DurableH2Backend.class);

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
            "drop", "dropdatabase", "createindexes", "dropindexes", "renamecollection");

    /** Pages of the file kept in memory, in megabytes. */
    static final int CACHE_MEGABYTES = 256;

    /**
     * How often the store is committed while writes come in. Longer means fewer bytes written per write (a page
     * changed by many writes is written once) and longer pauses for writes while a checkpoint commits; H2 keeps
     * the chunks a commit replaced for 45 s, so the file also holds about 45 s of checkpoints. During a 10,000-row
     * import, 1 s gave 65-68 s and a 497 MB file, 5 s gave 61-62 s and a 186-191 MB file.
     */
    static final Duration CHECKPOINT_EVERY = Duration.ofSeconds(5);

    /** Below this share of live data in the file, a checkpoint first rewrites some sparse chunks. */
    private static final int COMPACT_BELOW_FILL_RATE = 50;
    private static final int COMPACT_BYTES_AT_ONCE = 4 * 1024 * 1024;

    /** Names the first journal file whose records the store does not hold; a '$' keeps it from any database. */
    static final String JOURNAL_MAP = "$journal";
    private static final String NEXT_FILE = "next";

    /** Guards every write, the journal and every commit of the store. */
    private final Object writes = new Object();
    private final WireJournal journal;
    private final MVMap<String, Long> journalMap;
    private final ScheduledExecutorService checkpoints;
    private boolean closed;

    DurableH2Backend(Path file, Duration checkpointEvery) {
        super(open(file));
        journal = WireJournal.of(file);
        journalMap = getMvStore().openMap(JOURNAL_MAP);
        recover();
        checkpoints = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "wire-server-checkpoint");
            thread.setDaemon(true);
            return thread;
        });
        long every = checkpointEvery.toMillis();
        checkpoints.scheduleWithFixedDelay(this::checkpointQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    private static MVStore open(Path file) {
        // no commit but the checkpoint's: H2's background commit could store writes the journal would apply again
        MVStore store = new MVStore.Builder().fileName(file.toString()).cacheSize(CACHE_MEGABYTES)
                .autoCommitDisabled().autoCommitBufferSize(0).open();
        try {
            BsonH2Database.upgrade(store);
        } catch (RuntimeException e) {
            store.closeImmediately();
            throw e;
        }
        return store;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new BsonH2Database(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (command.equalsIgnoreCase("hello")) {
            Document response = super.handleCommand(channel, databaseName, "ismaster", query);
            response.put("isWritablePrimary", Boolean.TRUE);
            return response;
        }
        if (!WRITES.contains(command.toLowerCase())) {
            return super.handleCommand(channel, databaseName, command, query);
        }
        synchronized (writes) {
            if (closed) {
                throw new IllegalStateException("the wire server is closing; write again once it has started");
            }
            try {
                return super.handleCommand(channel, databaseName, command, query);
            } finally {
                // a command that failed part-way may have changed the store; applied again, it fails the same way
                journal.append(databaseName, command, query);
            }
        }
    }

    /**
     * Applies again the journal files the store does not hold yet, then commits them at a checkpoint. Only files
     * that continue the store are applied: a store that names no file was never journalled (new, or written before
     * the journal), so files beside it belong to another store and are removed; files that do not start at the one
     * the store names, or have a gap, mean the store file was replaced, and the server refuses to start.
     */
    private void recover() {
        Long named = journalMap.get(NEXT_FILE);
        List<Long> all = journal.filesFrom(0);
        long from = named == null ? (all.isEmpty() ? 1 : all.get(all.size() - 1) + 1) : named;
        if (named == null && !all.isEmpty()) {
            log.warn("journal files {}-{} lie beside a store that was never journalled; not applied, removed",
                    all.get(0), all.get(all.size() - 1));
        }
        List<Long> files = all.stream().filter(number -> number >= from).toList();
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i) != from + i) {
                throw new IllegalStateException("the wire server's journal in " + journal.directory()
                        + " does not continue its store: the store holds every write before file " + from
                        + ", the journal has files " + files + ". The store file was replaced. Put back the store"
                        + " file these journal files belong to, or remove them to start from the store as it is.");
            }
        }
        EmbeddedChannel replay = new EmbeddedChannel();
        long applied = 0;
        try {
            for (long file : files) {
                applied += journal.read(file, record -> {
                    try {
                        super.handleCommand(replay, record.database(), record.command(), record.query());
                    } catch (RuntimeException refusedAgain) {
                        log.debug("journalled {} on {} refused again: {}", record.command(), record.database(),
                                refusedAgain.getMessage());
                    }
                });
            }
        } finally {
            handleClose(replay);
            replay.close();
        }
        if (applied > 0) {
            log.info("applied {} journalled writes from {} file(s) that the store did not hold yet", applied,
                    files.size());
        }
        synchronized (writes) {
            commitStartingFile(from + files.size());
        }
    }

    private void checkpointQuietly() {
        try {
            checkpoint();
        } catch (RuntimeException e) {
            // the journal still holds every write; the next checkpoint tries again
            log.warn("the wire server's checkpoint failed; its journal keeps the writes until the next one", e);
        }
    }

    /** Commits the store if anything was written since the last checkpoint. */
    void checkpoint() {
        synchronized (writes) {
            if (closed || journal.records() == 0 && !getMvStore().hasUnsavedChanges()) {
                return;
            }
            commitStartingFile(journal.sequence() + 1);
        }
    }

    /** Under {@link #writes}: later writes go to the numbered file, which the commit names; older files go. */
    private void commitStartingFile(long next) {
        journal.startFile(next);
        journalMap.put(NEXT_FILE, next);
        MVStore store = getMvStore();
        store.compact(COMPACT_BELOW_FILL_RATE, COMPACT_BYTES_AT_ONCE);
        store.commit();
        journal.removeFilesBelow(next);
    }

    @Override
    public void close() {
        checkpoints.shutdownNow();
        synchronized (writes) {
            if (closed) {
                return;
            }
            if (!getMvStore().isClosed()) {
                commitStartingFile(journal.sequence() + 1);
            }
            closed = true;
            journal.close();
            super.close();
        }
    }
}
