package org.corridor.benchmark.infrastructure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.jar.JarFile;

/**
 * The broker and the wire server in a JVM of their own, started from the benchmark's own jar. The two JVMs talk
 * over the child's standard streams, one line each way: the child announces where it listens, answers memory
 * questions, and stops when told to or when its standard input closes (the benchmark has gone).
 */
final class InfrastructureProcess implements PlatformInfrastructure {

    /** The first argument that makes the benchmark's main class serve the infrastructure instead. */
    static final String ROLE = "infrastructure";
    private static final String READY = "READY ";
    private static final String MEMORY = "MEMORY ";

    private final Process process;
    private final Writer requests;
    private final BufferedReader answers;
    private final String kafka;
    private final String mongo;

    private InfrastructureProcess(Process process, Writer requests, BufferedReader answers, String kafka, String mongo) {
        this.process = process;
        this.requests = requests;
        this.answers = answers;
        this.kafka = kafka;
        this.mongo = mongo;
    }

    static InfrastructureProcess launch(Path dataDir, List<String> jvmOptions) throws IOException {
        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(launchOfThisCode());
        command.add(ROLE);
        command.add(dataDir.toAbsolutePath().toString());
        Process process = new ProcessBuilder(command)
                .redirectError(dataDir.resolve("infrastructure.log").toFile())
                .start();
        BufferedReader answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Writer requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        String ready = awaitLine(answers, READY, 120);
        if (ready == null) {
            process.destroyForcibly();
            throw new IOException("the infrastructure process did not start; see " + dataDir.resolve("infrastructure.log"));
        }
        String[] fields = ready.substring(READY.length()).split(" ");
        // No shutdown hook: if this JVM dies, the child sees its standard input close and stops by itself, after
        // the service here has stopped using the broker, not during.
        return new InfrastructureProcess(process, requests, answers, fields[0], fields[1]);
    }

    /** How to run this code again: the executable jar if that is how we run, else the class path and main class. */
    private static List<String> launchOfThisCode() throws IOException {
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            try (JarFile jar = new JarFile(classPath)) {
                if (jar.getManifest() != null && jar.getManifest().getMainAttributes().getValue("Start-Class") != null) {
                    return List.of("-jar", classPath);
                }
            }
        }
        return List.of("-cp", classPath, "org.corridor.benchmark.Benchmark");
    }

    private static String awaitLine(BufferedReader reader, String prefix, int seconds) throws IOException {
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                String next;
                while ((next = reader.readLine()) != null) {
                    if (next.startsWith(prefix)) {
                        return next;
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        try {
            return line.get(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the infrastructure process", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("no answer from the infrastructure process within " + seconds + " s", e);
        }
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka;
    }

    @Override
    public String mongoUri() {
        return mongo;
    }

    @Override
    public String description() {
        return "in a JVM of their own (pid " + process.pid() + "), as the embedded launcher runs them";
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public synchronized JvmMemory memory(boolean collect) {
        try {
            requests.write((collect ? "memory-after-gc" : "memory") + "\n");
            requests.flush();
            String answer = awaitLine(answers, MEMORY, 30);
            return answer == null ? JvmMemory.UNKNOWN : JvmMemory.decode(answer.substring(MEMORY.length()));
        } catch (IOException e) {
            return JvmMemory.UNKNOWN;
        }
    }

    @Override
    public synchronized void close() {
        if (!process.isAlive()) {
            return;
        }
        try {
            requests.write("stop\n");
            requests.flush();
            requests.close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** The child's side: start both, say where they listen, answer until told to stop. */
    static void serve(Path dataDir) throws IOException {
        PrintStream out = System.out;
        try (LocalInfrastructure infrastructure = LocalInfrastructure.start(dataDir)) {
            out.println(READY + infrastructure.kafkaBootstrapServers() + " " + infrastructure.mongoUri());
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null && !line.equals("stop")) {
                if (line.startsWith("memory")) {
                    out.println(MEMORY + JvmMemory.ofThisJvm(line.equals("memory-after-gc")).encode());
                    out.flush();
                }
            }
        }
    }
}
