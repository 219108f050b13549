package org.corridor.embedded;

import org.corridor.platform.FreePorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupCacheTest {

    @TempDir
    Path tmp;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killStarted() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void unpacks_an_executable_jar_into_a_plain_jar_with_its_libraries_in_classpath_index_order() throws Exception {
        Path bootJar = tmp.resolve("target/skills-recognition.jar");
        StandIns.writeBootLayoutJar(bootJar);
        assertThat(StartupCache.isExecutableBootJar(bootJar)).isTrue();

        Path appJar = tmp.resolve("app/skills-recognition.jar");
        StartupCache.unpack(bootJar, appJar);

        try (JarFile app = new JarFile(appJar.toFile())) {
            var main = app.getManifest().getMainAttributes();
            assertThat(main.getValue("Main-Class")).isEqualTo(StandInService.class.getName());
            assertThat(main.getValue("Class-Path")).isEqualTo("lib/alpha-2.0.jar lib/zeta-1.0.jar");
            assertThat(main.getValue("Implementation-Title")).isEqualTo("stand-in");
            assertThat(main.getValue("Start-Class")).isNull();
            assertThat(app.getEntry("org/corridor/embedded/StandInService.class")).isNotNull();
            assertThat(app.getEntry("org/springframework/boot/loader/launch/JarLauncher.class")).isNull();
            assertThat(app.getEntry("BOOT-INF/classpath.idx")).isNull();
        }
        assertThat(tmp.resolve("app/lib/alpha-2.0.jar")).isRegularFile();
        assertThat(tmp.resolve("app/lib/zeta-1.0.jar")).isRegularFile();
    }

    @Test
    void a_plain_jar_is_not_taken_for_an_executable_one() throws Exception {
        Path plain = tmp.resolve("plain.jar");
        StandIns.writeJar(plain);

        assertThat(StartupCache.isExecutableBootJar(plain)).isFalse();
    }

    @Test
    void the_second_start_of_a_build_records_a_class_data_archive_at_exit_and_later_starts_map_it() throws Exception {
        Path bootJar = tmp.resolve("target/employer-matching.jar");
        StandIns.writeBootLayoutJar(bootJar);
        StartupCache cache = new StartupCache(tmp.resolve("startup-cache"));
        List<String> options = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        Path archive = tmp.resolve("startup-cache/employer-matching/employer-matching.jsa");

        StartupCache.Plan first = cache.prepare("employer-matching", bootJar, options, true);
        assertThat(first.writesArchive()).as("a build started once records nothing").isFalse();
        assertThat(first.jvmOptions()).noneMatch(o -> o.contains("Archive"));

        StartupCache.Plan second = cache.prepare("employer-matching", bootJar, options, true);
        assertThat(second.writesArchive()).isTrue();
        assertThat(second.jvmOptions()).contains("-XX:ArchiveClassesAtExit=" + archive);
        Process recording = run(second, tmp.resolve("second.log"));
        recording.destroy();
        assertThat(recording.waitFor()).isEqualTo(143);
        cache.exited(second);

        StartupCache.Plan third = cache.prepare("employer-matching", bootJar, options, true);
        assertThat(third.writesArchive()).isFalse();
        assertThat(third.jvmOptions()).contains("-XX:SharedArchiveFile=" + archive);
        // -Xshare:on: the JVM refuses to start rather than silently run without the archive
        List<String> strict = new ArrayList<>(third.jvmOptions());
        strict.addAll(List.of("-Xshare:on", "-Xlog:class+load=info"));
        Process mapped = run(new StartupCache.Plan(third.name(), third.jar(), strict, false, third.stamp()),
                tmp.resolve("third.log"));
        mapped.destroy();
        mapped.waitFor();
        assertThat(Files.readString(tmp.resolve("third.log")))
                .contains("org.corridor.embedded.StandInService source: shared objects file (top)");
    }

    @Test
    void a_rebuilt_jar_or_other_options_start_over_and_a_killed_run_leaves_no_archive_marked() throws Exception {
        Path bootJar = tmp.resolve("target/gateway.jar");
        StandIns.writeBootLayoutJar(bootJar);
        StartupCache cache = new StartupCache(tmp.resolve("startup-cache"));
        List<String> options = List.of("-XX:TieredStopAtLevel=1");
        Path archive = tmp.resolve("startup-cache/gateway/gateway.jsa");
        cache.prepare("gateway", bootJar, options, true);

        StartupCache.Plan recording = cache.prepare("gateway", bootJar, options, true);
        // the JVM was killed while writing: exited() is not called for it, whatever it left behind
        Files.write(archive, new byte[] {1, 2, 3});
        assertThat(cache.prepare("gateway", bootJar, options, true).writesArchive()).isTrue();
        assertThat(archive).doesNotExist();

        Files.write(archive, new byte[] {1, 2, 3});
        cache.exited(recording);
        assertThat(cache.prepare("gateway", bootJar, options, true).writesArchive()).isFalse();

        StartupCache.Plan otherOptions = cache.prepare("gateway", bootJar, List.of("-XX:+UseSerialGC"), true);
        assertThat(otherOptions.writesArchive()).as("other options: unpacked again, nothing recorded").isFalse();
        assertThat(otherOptions.jvmOptions()).noneMatch(o -> o.contains("SharedArchiveFile"));

        Files.setLastModifiedTime(bootJar, FileTime.from(Instant.now().plusSeconds(5)));
        StartupCache.Plan rebuilt = cache.prepare("gateway", bootJar, options, true);
        assertThat(rebuilt.jvmOptions()).as("a rebuilt jar").noneMatch(o -> o.contains("SharedArchiveFile"));
    }

    @Test
    void a_jvm_that_writes_no_archive_is_not_asked_again_for_the_same_build() throws Exception {
        Path bootJar = tmp.resolve("target/visa-permit-tracking.jar");
        StandIns.writeBootLayoutJar(bootJar);
        StartupCache cache = new StartupCache(tmp.resolve("startup-cache"));
        List<String> options = List.of("-XX:TieredStopAtLevel=1");
        cache.prepare("visa-permit-tracking", bootJar, options, true);

        StartupCache.Plan recording = cache.prepare("visa-permit-tracking", bootJar, options, true);
        assertThat(recording.writesArchive()).isTrue();
        cache.exited(recording);

        StartupCache.Plan next = cache.prepare("visa-permit-tracking", bootJar, options, true);
        assertThat(next.writesArchive()).isFalse();
        assertThat(next.jvmOptions()).noneMatch(o -> o.contains("Archive"));
    }

    @Test
    void without_class_data_archives_the_unpacked_jar_runs_with_the_options_as_given() throws Exception {
        Path bootJar = tmp.resolve("target/return-reintegration.jar");
        StandIns.writeBootLayoutJar(bootJar);
        List<String> options = List.of("-XX:TieredStopAtLevel=1");

        StartupCache.Plan plan = new StartupCache(tmp.resolve("startup-cache"))
                .prepare("return-reintegration", bootJar, options, false);

        assertThat(plan.writesArchive()).isFalse();
        assertThat(plan.jvmOptions()).isEqualTo(options);
        assertThat(plan.jar())
                .isEqualTo(tmp.resolve("startup-cache/return-reintegration/app/return-reintegration.jar"));
        run(plan, tmp.resolve("plain.log")).destroy();
    }

    @Test
    void options_that_steer_class_data_sharing_themselves_keep_the_cache_out() {
        assertThat(StartupCache.conflictsWith(List.of("-Xshare:off"))).isTrue();
        assertThat(StartupCache.conflictsWith(List.of("-XX:SharedArchiveFile=my.jsa"))).isTrue();
        assertThat(StartupCache.conflictsWith(List.of("-XX:TieredStopAtLevel=1", "-Xmx512m"))).isFalse();
    }

    /** Runs the plan like the platform does and waits until the stand-in answers its health check. */
    private Process run(StartupCache.Plan plan, Path log) throws IOException, InterruptedException {
        int port = FreePorts.any();
        List<String> command = new ArrayList<>();
        command.add(StandIns.java());
        command.addAll(plan.jvmOptions());
        command.add(ProcessSupervisor.marker(plan.name()));
        command.addAll(List.of("-jar", plan.jar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(tmp.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        Process process = builder.start();
        started.add(process);
        HealthWaiter.Outcome outcome = new HealthWaiter(Duration.ofMillis(100), Duration.ofSeconds(2),
                Duration.ofMinutes(1), System.out).await(List.of(new HealthWaiter.Target(plan.name(),
                URI.create("http://localhost:" + port + "/actuator/health"),
                () -> process.isAlive() ? java.util.OptionalInt.empty()
                        : java.util.OptionalInt.of(process.exitValue()))), Duration.ofSeconds(60));
        assertThat(outcome).as(Files.readString(log)).isInstanceOf(HealthWaiter.AllUp.class);
        return process;
    }
}
