package org.corridor.skills.trainee.web;

import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.corridor.kernel.audit.Actors;
import org.corridor.kernel.audit.AuditMetadata;
import org.corridor.kernel.security.Caller;
import org.corridor.kernel.types.SchemeId;
import org.corridor.skills.access.web.Callers;
import org.corridor.skills.trainee.web.EnrolmentImportStore.LineOutcome;
import org.corridor.skills.trainee.web.EnrolmentImportStore.Outcome;
import org.corridor.skills.trainee.web.EnrolmentImportStore.Problem;
import org.corridor.skills.trainee.web.EnrolmentImportStore.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs enrolment imports in the background: the upload is written to a spool file of this instance (readable by the
 * service alone, deleted when the import ends), then its rows are enrolled one by one as {@link BulkEnrolment} reads
 * them, each outcome recorded in {@link EnrolmentImportStore} as it happens, so the clerk follows the import while
 * it runs. An import whose runner stopped (the service was stopped or crashed) is taken up again by the next check
 * on the same host, skipping the lines it had recorded; the identity index makes a row handled twice come out as already
 * enrolled, never as a second enrolment.
 */
@Component
class EnrolmentImports implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EnrolmentImports.class);
    static final int COUNT_EVERY_LINES = 100;
    static final long COUNT_EVERY_MILLIS = 1000;

    private final EnrolmentImportStore store;
    private final BulkEnrolment bulk;
    private final Path spoolDirectory;
    private final long maximumBytes;
    private final Duration staleAfter;
    private final int workers;
    private final String host = host();
    private ExecutorService running;
    private ScheduledExecutorService checks;
    private volatile boolean stopping;

    EnrolmentImports(EnrolmentImportStore store, BulkEnrolment bulk,
                     @Value("${corridor.skills.imports.spool-directory:${java.io.tmpdir}/corridor-skills-imports}") Path spoolDirectory,
                     @Value("${corridor.skills.imports.maximum-bytes:67108864}") long maximumBytes,
                     @Value("${corridor.skills.imports.stale-after:PT2M}") Duration staleAfter,
                     @Value("${corridor.skills.imports.workers:2}") int workers) {
        this.store = store;
        this.bulk = bulk;
        this.spoolDirectory = spoolDirectory;
        this.maximumBytes = maximumBytes;
        this.staleAfter = staleAfter;
        this.workers = workers;
    }

    /** The upload is larger than the service accepts in one file. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long maximumBytes) {
            super("the file is larger than " + maximumBytes + " bytes; split it into several files with the same "
                    + "header row and upload each");
        }
    }

    /** Spools the upload, records the import as received and starts it; returns its id. */
    String receive(SchemeId schemeId, InputStream body, Caller caller, String correlationId) {
        String importId = UUID.randomUUID().toString();
        Path spool = spoolDirectory.resolve(importId + ".csv");
        try {
            createPrivateDirectory();
            spool(body, spool);
        } catch (IOException e) {
            deleteQuietly(spool);
            throw new UncheckedIOException("the upload could not be stored; nothing was enrolled, upload it again", e);
        }
        store.received(importId, schemeId.value(), caller, correlationId, spool.toString(), host, Instant.now());
        running.submit(() -> run(importId));
        return importId;
    }

    private void run(String importId) {
        Optional<Document> claimed = store.claim(importId, Instant.now().minus(staleAfter), Instant.now());
        if (claimed.isEmpty()) {
            return;
        }
        Document task = claimed.get();
        Path spool = Path.of(task.getString("spool"));
        Set<Long> handled = store.handledLines(importId);
        if (!handled.isEmpty()) {
            store.recount(importId);
            log.info("Enrolment import {} resumes; {} lines were handled before", importId, handled.size());
        }
        Caller caller = new Caller(task.getString("userId"), task.getList("roles", String.class),
                task.getString("organisation"), task.getString("country"), null);
        MetaData audit = AuditMetadata.of(Actors.fromCaller(caller), task.getString("correlationId"));
        Recorder recorder = new Recorder(importId);
        try (InputStream in = Files.newInputStream(spool)) {
            try {
                bulk.enrol(SchemeId.of(task.getString("schemeId")), in, Callers.acting(caller), audit,
                        handled::contains, recorder);
            } finally {
                recorder.flush();
            }
            store.finished(importId, Status.FINISHED, null, Instant.now());
            deleteQuietly(spool);
        } catch (IOException | RuntimeException failed) {
            if (stopping) {
                log.info("Enrolment import {} stops with the service; it resumes after its last handled row", importId);
                return;
            }
            log.warn("Enrolment import {} failed", importId, failed);
            store.finished(importId, Status.FAILED, "the import stopped (" + failed.getMessage() + "); the rows "
                    + "listed were handled, upload the file again to handle the rest (rows already enrolled are "
                    + "reported, not enrolled twice)", Instant.now());
            deleteQuietly(spool);
        }
    }

    /** Takes up imports of this host whose runner stopped; one whose spool file is gone cannot go on. */
    void resumeAbandoned() {
        for (Document abandoned : store.abandoned(host, Instant.now().minus(staleAfter))) {
            String importId = abandoned.getString("_id");
            String spool = abandoned.getString("spool");
            if (spool != null && Files.exists(Path.of(spool))) {
                running.submit(() -> run(importId));
            } else {
                store.finished(importId, Status.INTERRUPTED, "the service stopped while importing and the uploaded "
                        + "file is no longer there; the rows listed were handled, upload the file again to handle the "
                        + "rest (rows already enrolled are reported, not enrolled twice)", Instant.now());
            }
        }
    }

    /**
     * Erasure: what the imports of the person's scheme hold of them goes (see {@link EnrolmentImportStore#forget}),
     * and in every spool file of those imports on this host, each line quoting one of {@code values} is overwritten
     * with spaces in place (same length, so a runner reading the file keeps its position and line numbers).
     */
    void forget(String personId, String schemeId, List<String> values) {
        for (String spool : store.forget(personId, schemeId, values, Instant.now())) {
            Path file = Path.of(spool);
            if (Files.exists(file)) {
                try {
                    blankLinesQuoting(file, values);
                } catch (IOException e) {
                    log.warn("Spool file {} could not be cleared of an erased person's line; delete it by hand", spool, e);
                }
            }
        }
    }

    static void blankLinesQuoting(Path file, List<String> values) throws IOException {
        byte[] content = Files.readAllBytes(file);
        try (java.io.RandomAccessFile out = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            int start = 0;
            for (int i = 0; i <= content.length; i++) {
                if (i == content.length || content[i] == '\n') {
                    int end = i > start && content[i - 1] == '\r' ? i - 1 : i;
                    String line = new String(content, start, end - start, java.nio.charset.StandardCharsets.UTF_8);
                    if (EnrolmentImportStore.quotes(line, values)) {
                        byte[] spaces = new byte[end - start];
                        java.util.Arrays.fill(spaces, (byte) ' ');
                        out.seek(start);
                        out.write(spaces);
                    }
                    start = i + 1;
                }
            }
        }
    }

    /**
     * Stores each line's outcome as it is handled (the rows and their letters are never held back) and adds to the
     * import's counters at most every {@value #COUNT_EVERY_LINES} lines or {@value #COUNT_EVERY_MILLIS} ms, and when
     * the file ends: progress shows the counters a second late at most, and a 10,000-row file costs some hundred
     * counter updates instead of 10,000. A runner that stops before writing them loses nothing: the import resumed
     * counts its rows again ({@link EnrolmentImportStore#recount}).
     */
    private final class Recorder implements BulkEnrolment.Outcomes {
        private final String importId;
        private EnrolmentImportStore.Tally tally = new EnrolmentImportStore.Tally();
        private long countedAt = System.nanoTime();

        Recorder(String importId) {
            this.importId = importId;
        }

        @Override
        public void handled(List<BulkEnrolment.Handled> lines) {
            List<LineOutcome> rows = lines.stream().map(Recorder::row).toList();
            Set<Integer> storedBefore = store.record(importId, rows);
            boolean due;
            synchronized (this) {
                for (int i = 0; i < rows.size(); i++) {
                    if (!storedBefore.contains(i)) {
                        tally.add(rows.get(i).line(), lines.get(i).row(), rows.get(i).outcome());
                    }
                }
                due = tally.lines >= COUNT_EVERY_LINES
                        || (!tally.isEmpty() && System.nanoTime() - countedAt >= COUNT_EVERY_MILLIS * 1_000_000L);
            }
            if (due) {
                flush();
            }
        }

        private static LineOutcome row(BulkEnrolment.Handled handled) {
            if (handled instanceof BulkEnrolment.Enrolled enrolled) {
                return new LineOutcome(enrolled.line(), Outcome.ENROLLED, enrolled.personId(), List.of(),
                        enrolled.activation().code().code(), enrolled.activation().expiresAt());
            }
            if (handled instanceof BulkEnrolment.AlreadyEnrolled already) {
                return new LineOutcome(already.line(), Outcome.ALREADY_ENROLLED, already.personId(), List.of(), null,
                        null);
            }
            BulkEnrolment.Refused refused = (BulkEnrolment.Refused) handled;
            return new LineOutcome(refused.line(), Outcome.REFUSED, null, refused.problems().stream()
                    .map(p -> new Problem(p.field(), p.reason())).toList(), null, null);
        }

        /** Adds what is still uncounted to the import's counters. */
        void flush() {
            EnrolmentImportStore.Tally due;
            synchronized (this) {
                due = tally;
                tally = new EnrolmentImportStore.Tally();
                countedAt = System.nanoTime();
            }
            if (!due.isEmpty()) {
                store.count(importId, due, Instant.now());
            }
        }
    }

    private void spool(InputStream body, Path spool) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(spool)) {
            int read;
            while ((read = body.read(buffer)) >= 0) {
                written += read;
                if (written > maximumBytes) {
                    throw new TooLarge(maximumBytes);
                }
                out.write(buffer, 0, read);
            }
        } catch (TooLarge tooLarge) {
            deleteQuietly(spool);
            throw tooLarge;
        }
    }

    private void createPrivateDirectory() throws IOException {
        if (Files.isDirectory(spoolDirectory)) {
            return;
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(spoolDirectory,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(spoolDirectory);
        }
    }

    private static void deleteQuietly(Path spool) {
        try {
            Files.deleteIfExists(spool);
        } catch (IOException e) {
            log.warn("Spool file {} (personal data) could not be deleted; delete it by hand", spool, e);
        }
    }

    private static String host() {
        String name = System.getenv("HOSTNAME");
        if (name == null || name.isBlank()) {
            try {
                name = java.net.InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                name = "localhost";
            }
        }
        return name;
    }

    @Override
    public void start() {
        stopping = false;
        running = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "enrolment-import");
            thread.setDaemon(true);
            return thread;
        });
        checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "enrolment-import-check");
            thread.setDaemon(true);
            return thread;
        });
        checks.scheduleWithFixedDelay(() -> {
            try {
                resumeAbandoned();
            } catch (RuntimeException e) {
                log.warn("Check for stopped enrolment imports failed; it runs again", e);
            }
        }, 0, Math.max(staleAfter.toSeconds() / 2, 1), TimeUnit.SECONDS);
    }

    @Override
    public void stop() {
        stopping = true;
        checks.shutdownNow();
        running.shutdownNow();
        try {
            running.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running != null && !running.isShutdown();
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
