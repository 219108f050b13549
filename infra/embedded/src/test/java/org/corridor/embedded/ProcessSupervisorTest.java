package org.corridor.embedded;

import org.corridor.platform.FreePorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessSupervisorTest {

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
    private final List<Process> strays = new ArrayList<>();

    @AfterEach
    void killStrays() {
        strays.forEach(Process::destroyForcibly);
    }

    @Test
    void stopping_sends_every_child_a_sigterm_and_waits_for_its_graceful_shutdown() throws Exception {
        ProcessSupervisor supervisor = new ProcessSupervisor(dataDir.resolve("run"), out);
        RunningService matching = startAndAwaitUp(supervisor, "employer-matching");
        RunningService gateway = startAndAwaitUp(supervisor, "gateway");
        assertThat(dataDir.resolve("run").resolve("gateway.pid")).hasContent(Long.toString(gateway.pid()));

        supervisor.stopAll(Duration.ofSeconds(20));

        assertThat(matching.isAlive()).isFalse();
        assertThat(gateway.isAlive()).isFalse();
        // The JVM ran its shutdown hooks and ended as a SIGTERM ends it (128 + 15), so it was not killed
        assertThat(matching.process().exitValue()).isEqualTo(143);
        assertThat(gateway.process().exitValue()).isEqualTo(143);
        assertThat(matching.log()).content().contains("stand-in employer-matching stopping gracefully");
        assertThat(gateway.log()).content().contains("stand-in gateway stopping gracefully");
        assertThat(dataDir.resolve("run").resolve("gateway.pid")).doesNotExist();
        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("Stopping employer-matching, gateway (SIGTERM", "gateway stopped after");
    }

    @Test
    void a_child_that_does_not_stop_within_the_grace_period_is_killed() throws Exception {
        ProcessSupervisor supervisor = new ProcessSupervisor(dataDir.resolve("run"), out);
        RunningService stuck = startAndAwaitUp(supervisor, "visa-permit-tracking", "-Dstand-in.ignore-term=true");

        supervisor.stopAll(Duration.ofSeconds(2));

        assertThat(stuck.isAlive()).isFalse();
        // It got the SIGTERM (its shutdown hook ran), then a SIGKILL ended it: 128 + 9
        assertThat(stuck.log()).content().contains("stopping gracefully");
        assertThat(stuck.process().exitValue()).isEqualTo(137);
        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("visa-permit-tracking did not stop within 2 s; killing it");
    }

    @Test
    void nothing_starts_once_stopping_has_begun() throws Exception {
        ProcessSupervisor supervisor = new ProcessSupervisor(dataDir.resolve("run"), out);
        supervisor.stopAll(Duration.ofSeconds(1));

        assertThatThrownBy(() -> supervisor.start(launch("gateway", FreePorts.any())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_unexpected_exit_is_reported_but_a_requested_stop_is_not() throws Exception {
        ProcessSupervisor supervisor = new ProcessSupervisor(dataDir.resolve("run"), out);
        List<String> exited = new java.util.concurrent.CopyOnWriteArrayList<>();
        supervisor.onUnexpectedExit(child -> exited.add(child.name()));
        RunningService crashing = startAndAwaitUp(supervisor, "return-reintegration");
        startAndAwaitUp(supervisor, "gateway");

        crashing.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(30)).until(() -> exited.contains("return-reintegration"));
        supervisor.stopAll(Duration.ofSeconds(20));

        assertThat(exited).containsExactly("return-reintegration");
    }

    @Test
    void the_next_start_stops_children_a_killed_launcher_left_running_and_nothing_else() throws Exception {
        Path runDir = dataDir.resolve("run");
        Files.createDirectories(runDir);
        // An orphan of ours: started with the marker, its pid in the run folder
        Process orphan = startStray(StandIns.command("skills-recognition"), FreePorts.any());
        Files.writeString(runDir.resolve("skills-recognition.pid"), Long.toString(orphan.pid()));
        // Someone else's process whose pid happens to be in a stale pid file: no marker, left alone
        Process unrelated = startStray(List.of(StandIns.java(), "-Xshare:auto", "-cp",
                System.getProperty("java.class.path"), StandInService.class.getName()), FreePorts.any());
        Files.writeString(runDir.resolve("gateway.pid"), Long.toString(unrelated.pid()));
        await().atMost(Duration.ofSeconds(30)).until(() -> orphan.isAlive() && unrelated.isAlive()
                && ProcessHandle.of(orphan.pid()).flatMap(h -> h.info().commandLine()).isPresent());

        List<String> stopped = ProcessSupervisor.stopLeftovers(runDir, Duration.ofSeconds(20), out);

        assertThat(stopped).containsExactly("skills-recognition");
        assertThat(orphan.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(unrelated.isAlive()).isTrue();
        assertThat(runDir.resolve("skills-recognition.pid")).doesNotExist();
        assertThat(runDir.resolve("gateway.pid")).doesNotExist();
    }

    private Process startStray(List<String> command, int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        Process process = builder.start();
        strays.add(process);
        return process;
    }

    private RunningService startAndAwaitUp(ProcessSupervisor supervisor, String name, String... jvmOptions)
            throws Exception {
        RunningService child = supervisor.start(launch(name, FreePorts.any(), jvmOptions));
        strays.add(child.process());
        HealthWaiter.Outcome outcome = new HealthWaiter(Duration.ofMillis(100), Duration.ofSeconds(2),
                Duration.ofMinutes(1), out).await(List.of(new HealthWaiter.Target(name,
                URI.create("http://localhost:" + child.port() + "/actuator/health"), child::exitCode)),
                Duration.ofSeconds(60));
        assertThat(outcome).isInstanceOf(HealthWaiter.AllUp.class);
        return child;
    }

    private ServiceLaunch launch(String name, int port, String... jvmOptions) {
        return new ServiceLaunch(name, port, StandIns.command(name, jvmOptions),
                Map.of("SERVER_PORT", String.valueOf(port)), dataDir.resolve("logs").resolve(name + ".log"), dataDir);
    }
}
