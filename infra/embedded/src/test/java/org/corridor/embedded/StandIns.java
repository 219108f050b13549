package org.corridor.embedded;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** Ways to run {@link StandInService}: as a plain class from the test classpath, or as a service's jar. */
final class StandIns {

    private StandIns() {
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static List<String> command(String name, String... jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xshare:auto");
        command.add(ProcessSupervisor.marker(name));
        command.addAll(List.of(jvmOptions));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(StandInService.class.getName());
        return command;
    }

    /** Writes an executable jar whose main class is the stand-in, as {@code java -jar} expects of a service. */
    static void writeJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, StandInService.class.getName());
        Files.createDirectories(jar.getParent());
        Path classes = testClasses();
        String packagePath = StandInService.class.getPackageName().replace('.', '/');
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             Stream<Path> files = Files.list(classes.resolve(packagePath))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("StandInService")).toList()) {
                out.putNextEntry(new JarEntry(packagePath + "/" + file.getFileName()));
                try (var in = Files.newInputStream(file)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    /**
     * Writes a jar laid out as Spring Boot's executable jars are: the stand-in under {@code BOOT-INF/classes}, two
     * libraries under {@code BOOT-INF/lib} listed in {@code BOOT-INF/classpath.idx} in the opposite order to their
     * entries, and a manifest naming the real main class in {@code Start-Class}.
     */
    static void writeBootLayoutJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, "org.springframework.boot.loader.launch.JarLauncher");
        main.putValue("Start-Class", StandInService.class.getName());
        main.putValue("Implementation-Title", "stand-in");
        main.putValue("Spring-Boot-Classes", "BOOT-INF/classes/");
        main.putValue("Spring-Boot-Lib", "BOOT-INF/lib/");
        main.putValue("Spring-Boot-Classpath-Index", "BOOT-INF/classpath.idx");
        Files.createDirectories(jar.getParent());
        Path classes = testClasses();
        String packagePath = StandInService.class.getPackageName().replace('.', '/');
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             Stream<Path> files = Files.list(classes.resolve(packagePath))) {
            out.putNextEntry(new JarEntry("BOOT-INF/"));
            out.closeEntry();
            out.putNextEntry(new JarEntry("BOOT-INF/lib/"));
            out.closeEntry();
            for (String library : List.of("zeta-1.0.jar", "alpha-2.0.jar")) {
                out.putNextEntry(new JarEntry("BOOT-INF/lib/" + library));
                out.write(emptyJar());
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("BOOT-INF/classpath.idx"));
            out.write("- \"BOOT-INF/lib/alpha-2.0.jar\"\n- \"BOOT-INF/lib/zeta-1.0.jar\"\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new JarEntry("org/springframework/boot/loader/launch/JarLauncher.class"));
            out.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
            out.closeEntry();
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("StandInService")).toList()) {
                out.putNextEntry(new JarEntry("BOOT-INF/classes/" + packagePath + "/" + file.getFileName()));
                try (var in = Files.newInputStream(file)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    private static byte[] emptyJar() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        new JarOutputStream(bytes, manifest).close();
        return bytes.toByteArray();
    }

    /** A fake repository root holding a stand-in jar for each service. */
    static Path repository(Path root) throws IOException {
        Files.createDirectories(root.resolve("stand-in"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        for (Services.Service service : Services.ALL) {
            writeJar(root.resolve("services").resolve(service.name()).resolve("target")
                    .resolve(service.name() + ".jar"));
        }
        return root;
    }

    private static Path testClasses() {
        try {
            return Path.of(StandInService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
