package org.corridor.embedded;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Starts the services as child processes and stops them: first a polite SIGTERM to all of them at once (Spring
 * Boot then shuts down gracefully), then, for whoever is still there after the grace period, a kill.
 *
 * <p>Each child's pid is kept in {@code <runDir>/<name>.pid} while it runs. If the launcher itself is killed
 * (SIGKILL, a crashed IDE) its shutdown hook cannot run and the children are orphaned; the next start finds them
 * through these files and stops them first, see {@link #stopLeftovers}.
 */
final class ProcessSupervisor {

    /** Put on each child's command line so that a leftover pid is recognised as ours before it is stopped. */
    static final String MARKER_PROPERTY = "corridor.embedded.service";

    private final Path runDir;
    private final PrintStream out;
    private final List<RunningService> children = new ArrayList<>();
    private boolean closed;
    private Consumer<RunningService> onUnexpectedExit = service -> { };

    ProcessSupervisor(Path runDir, PrintStream out) {
        this.runDir = runDir;
        this.out = out;
    }

    /** Called, once per child, when a child exits while the supervisor is not stopping it. */
    synchronized void onUnexpectedExit(Consumer<RunningService> listener) {
        this.onUnexpectedExit = listener;
    }

    static String marker(String name) {
        return "-D" + MARKER_PROPERTY + "=" + name;
    }

    synchronized RunningService start(ServiceLaunch launch) throws IOException {
        if (closed) {
            throw new IllegalStateException("The platform is stopping; not starting " + launch.name());
        }
        Files.createDirectories(launch.log().toAbsolutePath().getParent());
        Files.createDirectories(runDir);
        if (Files.exists(launch.log())) {
            Files.move(launch.log(), launch.log().resolveSibling(launch.log().getFileName() + ".1"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        ProcessBuilder builder = new ProcessBuilder(launch.command())
                .directory(launch.workingDirectory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(launch.log().toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        builder.environment().putAll(launch.environment());
        Process process = builder.start();
        RunningService child = new RunningService(launch, process, Instant.now());
        children.add(child);
        Files.writeString(pidFile(launch.name()), Long.toString(process.pid()), StandardCharsets.US_ASCII);
        process.onExit().thenRun(() -> exited(child));
        return child;
    }

    private void exited(RunningService child) {
        Consumer<RunningService> listener;
        synchronized (this) {
            if (closed) {
                return;
            }
            listener = onUnexpectedExit;
        }
        deletePidFile(child.name());
        listener.accept(child);
    }

    synchronized List<RunningService> children() {
        return List.copyOf(children);
    }

    synchronized boolean isStopping() {
        return closed;
    }

    /**
     * Stops every child: SIGTERM to all, wait up to {@code grace} for them together, then kill whoever is left.
     * Further {@link #start} calls are refused from here on, so a Ctrl-C during start-up cannot leave a child
     * started after this ran.
     */
    void stopAll(Duration grace) {
        List<RunningService> running;
        synchronized (this) {
            closed = true;
            running = children.stream().filter(RunningService::isAlive).toList();
        }
        if (running.isEmpty()) {
            children().forEach(child -> deletePidFile(child.name()));
            return;
        }
        out.println("Stopping " + String.join(", ", running.stream().map(RunningService::name).toList())
                + " (SIGTERM, up to " + grace.toSeconds() + " s for a graceful shutdown)");
        Instant start = Instant.now();
        List<CompletableFuture<Void>> reports = new ArrayList<>();
        for (RunningService child : running) {
            child.process().destroy();
            reports.add(child.process().onExit().thenRun(() -> out.println("  " + child.name() + " stopped after "
                    + Durations.seconds(Duration.between(start, Instant.now()))
                    + " (exit " + child.process().exitValue() + ")")));
        }
        try {
            CompletableFuture.allOf(reports.toArray(CompletableFuture[]::new))
                    .get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            for (RunningService child : running) {
                if (child.isAlive()) {
                    out.println("  " + child.name() + " did not stop within " + grace.toSeconds() + " s; killing it");
                    child.process().destroyForcibly();
                }
            }
            awaitQuietly(running, Duration.ofSeconds(10));
        } catch (ExecutionException e) {
            awaitQuietly(running, grace);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.forEach(child -> child.process().destroyForcibly());
        }
        children().forEach(child -> deletePidFile(child.name()));
    }

    private static void awaitQuietly(List<RunningService> running, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        for (RunningService child : running) {
            try {
                long left = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
                child.process().waitFor(left, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Stops children a previous launcher left behind when it was killed without running its shutdown hook.
     * Only a live process whose command line carries our marker for that service is touched.
     *
     * @return the names of the services that were stopped
     */
    static List<String> stopLeftovers(Path runDir, Duration grace, PrintStream out) throws IOException {
        if (!Files.isDirectory(runDir)) {
            return List.of();
        }
        List<String> stopped = new ArrayList<>();
        List<Path> pidFiles;
        try (Stream<Path> files = Files.list(runDir)) {
            pidFiles = files.filter(f -> f.getFileName().toString().endsWith(".pid")).toList();
        }
        for (Path pidFile : pidFiles) {
            String name = pidFile.getFileName().toString().replaceFirst("\\.pid$", "");
            Optional<ProcessHandle> leftover = readPid(pidFile).flatMap(ProcessHandle::of)
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> handle.info().commandLine().map(c -> c.contains(marker(name))).orElse(false));
            if (leftover.isPresent()) {
                ProcessHandle handle = leftover.get();
                out.println("Stopping " + name + " (pid " + handle.pid() + "), left running by a launcher that was"
                        + " killed");
                handle.destroy();
                try {
                    handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException | ExecutionException e) {
                    handle.destroyForcibly();
                    handle.onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return stopped;
                }
                stopped.add(name);
            }
            Files.deleteIfExists(pidFile);
        }
        return stopped;
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Path pidFile(String name) {
        return runDir.resolve(name + ".pid");
    }

    private void deletePidFile(String name) {
        try {
            Files.deleteIfExists(pidFile(name));
        } catch (IOException e) {
            // a stale pid file is checked against the process's command line before it is acted on
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
