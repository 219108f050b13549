package org.corridor.embedded;

import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Polls each service's {@code /actuator/health} until all of them say UP, one of them exits, or the deadline
 * passes. A service whose health endpoint answers slowly (a health indicator waiting on a dependency) counts as
 * not up yet; it is asked again once its answer came or the request timed out.
 */
final class HealthWaiter {

    /** A process to wait for: its health URL, and whether it has exited (and how). */
    record Target(String name, URI health, Supplier<OptionalInt> exitCode) {
    }

    sealed interface Outcome permits AllUp, TimedOut, Exited {
    }

    /** Every target reported UP; how long each took, counted from the start of the wait. */
    record AllUp(Map<String, Duration> upAfter) implements Outcome {
    }

    /** The deadline passed; what each target that was not up said last. */
    record TimedOut(Map<String, String> lastSeen) implements Outcome {
    }

    /** A target exited before it was up. */
    record Exited(String name, int exitCode) implements Outcome {
    }

    // The overall status is the first "status" member: Spring Boot writes it before the components.
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Za-z_]+)\"");

    private final HttpClient client;
    private final Duration pollInterval;
    private final Duration requestTimeout;
    private final Duration progressInterval;
    private final PrintStream out;

    HealthWaiter(Duration pollInterval, Duration requestTimeout, Duration progressInterval, PrintStream out) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(requestTimeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.pollInterval = pollInterval;
        this.requestTimeout = requestTimeout;
        this.progressInterval = progressInterval;
        this.out = out;
    }

    Outcome await(List<Target> targets, Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        long nextProgress = start + progressInterval.toNanos();
        List<Target> pending = new ArrayList<>(targets);
        Map<Target, CompletableFuture<String>> inFlight = new LinkedHashMap<>();
        Map<Target, Long> nextPoll = new LinkedHashMap<>();
        Map<String, Duration> upAfter = new LinkedHashMap<>();
        Map<String, String> lastSeen = new LinkedHashMap<>();
        targets.forEach(target -> lastSeen.put(target.name(), "not polled yet"));
        while (true) {
            long now = System.nanoTime();
            // One request at a time per service: a health check stuck on a dependency keeps a server thread busy
            // until it gives up, so piling more requests on it would only slow that service down further.
            for (Target target : pending) {
                if (!inFlight.containsKey(target) && now >= nextPoll.getOrDefault(target, now)) {
                    inFlight.put(target, poll(target));
                }
            }
            try {
                CompletableFuture.anyOf(inFlight.values().toArray(CompletableFuture[]::new))
                        .get(Math.max(1, Math.min(pollInterval.toNanos(), deadline - now)), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException stillWaiting) {
                // no answer this round; each future carries its own outcome
            }
            List<Target> stillPending = new ArrayList<>();
            for (Target target : pending) {
                CompletableFuture<String> poll = inFlight.get(target);
                if (poll != null && poll.isDone()) {
                    inFlight.remove(target);
                    nextPoll.put(target, System.nanoTime() + pollInterval.toNanos());
                    String seen = poll.join();
                    if (seen.equals("UP")) {
                        Duration after = Duration.ofNanos(System.nanoTime() - start);
                        upAfter.put(target.name(), after);
                        lastSeen.remove(target.name());
                        out.println("  " + target.name() + " is UP (" + Durations.seconds(after) + ")");
                        continue;
                    }
                    lastSeen.put(target.name(), seen);
                }
                OptionalInt exit = target.exitCode().get();
                if (exit.isPresent()) {
                    inFlight.values().forEach(f -> f.cancel(true));
                    return new Exited(target.name(), exit.getAsInt());
                }
                stillPending.add(target);
            }
            pending = stillPending;
            if (pending.isEmpty()) {
                return new AllUp(upAfter);
            }
            now = System.nanoTime();
            if (now >= deadline) {
                inFlight.values().forEach(f -> f.cancel(true));
                return new TimedOut(lastSeen);
            }
            if (now >= nextProgress) {
                out.println("  waiting for " + describe(lastSeen) + " (" + Durations.sinceNanos(start) + ")");
                nextProgress = now + progressInterval.toNanos();
            }
        }
    }

    private CompletableFuture<String> poll(Target target) {
        HttpRequest request = HttpRequest.newBuilder(target.health())
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .GET()
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(HealthWaiter::status)
                .exceptionally(HealthWaiter::failure);
    }

    static String status(HttpResponse<String> response) {
        Matcher matcher = STATUS.matcher(response.body());
        String status = matcher.find() ? matcher.group(1).toUpperCase(java.util.Locale.ROOT) : null;
        if (response.statusCode() == 200 && "UP".equals(status)) {
            return "UP";
        }
        return status != null ? status : "HTTP " + response.statusCode();
    }

    private static String failure(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof ConnectException) {
            return "not listening yet";
        }
        if (cause instanceof HttpTimeoutException) {
            return "no answer within the request timeout";
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    /** "a, b [not listening yet]; c [DOWN]": services grouped by what they said, in the order they were given. */
    private static String describe(Map<String, String> lastSeen) {
        Map<String, List<String>> bySeen = new LinkedHashMap<>();
        lastSeen.forEach((name, seen) -> bySeen.computeIfAbsent(seen, s -> new ArrayList<>()).add(name));
        List<String> parts = new ArrayList<>();
        bySeen.forEach((seen, names) -> parts.add(String.join(", ", names) + " [" + seen + "]"));
        return String.join("; ", parts);
    }
}
