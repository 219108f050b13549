package org.corridor.embedded;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** A child process the supervisor started. */
final class RunningService {

    private final ServiceLaunch launch;
    private final Process process;
    private final Instant startedAt;

    RunningService(ServiceLaunch launch, Process process, Instant startedAt) {
        this.launch = launch;
        this.process = process;
        this.startedAt = startedAt;
    }

    String name() {
        return launch.name();
    }

    int port() {
        return launch.port();
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return launch.log();
    }

    Instant startedAt() {
        return startedAt;
    }

    Process process() {
        return process;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    OptionalInt exitCode() {
        return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
    }

    /** The last {@code lines} lines of the log, read from its end so a large log costs nothing. */
    List<String> logTail(int lines) {
        return tail(launch.log(), lines);
    }

    static List<String> tail(Path file, int lines) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            long from = Math.max(0, length - 64L * 1024);
            byte[] bytes = new byte[(int) (length - from)];
            in.seek(from);
            in.readFully(bytes);
            String[] all = new String(bytes, StandardCharsets.UTF_8).split("\\R");
            List<String> last = new ArrayList<>();
            for (int i = Math.max(0, all.length - lines); i < all.length; i++) {
                last.add(all[i]);
            }
            return last;
        } catch (IOException e) {
            return List.of("(cannot read " + file + ": " + e.getMessage() + ")");
        }
    }
}
