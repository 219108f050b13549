package org.corridor.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Makes the services start with less CPU, in two steps.
 *
 * <p>Each Spring Boot executable jar is unpacked once into a plain application jar with its libraries beside it,
 * which saves the nested-jar class loading: measured on the gateway, 9.3-11.9 s of CPU to UP from the executable
 * jar, 7.1-8.3 s unpacked.
 *
 * <p>When the same build is started again, the JVM also records an application class-data sharing (AppCDS)
 * archive of the classes it loaded, written as the service exits ({@code -XX:ArchiveClassesAtExit}); every
 * later start maps it ({@code -XX:SharedArchiveFile}): 5.5-6.3 s of CPU to UP, all five services UP in 23 s
 * instead of 42-78 s. Recording costs about 40% more CPU at start and about 11 s of CPU per service at exit,
 * so a build started only once (the rebuild-and-restart loop) never records: only its second start does. A
 * rebuilt jar, another JDK or other JVM options start over; an archive the JVM cannot map is ignored by it,
 * never fatal.
 *
 * <pre>
 * data/startup-cache/&lt;name&gt;/app/&lt;name&gt;.jar   application classes, Main-Class and Class-Path: lib/...
 * data/startup-cache/&lt;name&gt;/app/lib/             the libraries, copied from BOOT-INF/lib
 * data/startup-cache/&lt;name&gt;/&lt;name&gt;.jsa          the class-data archive
 * data/startup-cache/&lt;name&gt;/source.stamp         which jar, JDK and options the copy was made for
 * data/startup-cache/&lt;name&gt;/archive.stamp        the same, once the archive is complete
 * data/startup-cache/&lt;name&gt;/archive.failed       the same, when this JVM wrote no archive (it is not retried)
 * </pre>
 */
final class StartupCache {

    /** How to run one service. */
    record Plan(String name, Path jar, List<String> jvmOptions, boolean writesArchive, String stamp) {
    }

    private final Path root;

    StartupCache(Path root) {
        this.root = root;
    }

    /**
     * @param jvmOptions the options the service will run with; part of the stamp because an archive made under
     *                   one configuration may not map under another
     */
    Plan prepare(String name, Path executableJar, List<String> jvmOptions, boolean classDataArchive)
            throws IOException {
        Path dir = root.resolve(name);
        Path app = dir.resolve("app");
        Path appJar = app.resolve(name + ".jar");
        Path archive = dir.resolve(name + ".jsa");
        String stamp = stamp(executableJar, jvmOptions);
        boolean newBuild = !stamp.equals(read(dir.resolve("source.stamp"))) || !Files.isRegularFile(appJar);
        if (newBuild) {
            deleteRecursively(dir);
            Files.createDirectories(app);
            unpack(executableJar, appJar);
            Files.writeString(dir.resolve("source.stamp"), stamp, StandardCharsets.UTF_8);
        }
        List<String> options = new ArrayList<>(jvmOptions);
        if (!classDataArchive) {
            return new Plan(name, appJar, options, false, stamp);
        }
        // Without this each dump lists every class it skips (signed jars, old bytecode) in the service's log.
        options.add("-Xlog:cds=off");
        if (stamp.equals(read(dir.resolve("archive.stamp"))) && Files.isRegularFile(archive)) {
            options.add("-XX:SharedArchiveFile=" + archive);
            return new Plan(name, appJar, options, false, stamp);
        }
        if (newBuild || stamp.equals(read(dir.resolve("archive.failed")))) {
            return new Plan(name, appJar, options, false, stamp);
        }
        Files.deleteIfExists(archive);
        options.add("-XX:ArchiveClassesAtExit=" + archive);
        return new Plan(name, appJar, options, true, stamp);
    }

    /**
     * Called once the service's JVM has run its shutdown to the end (not when it was killed, since a killed JVM
     * may have left half an archive; the next start records again). If it was to write an archive, the archive
     * is marked complete, or, if the JVM wrote none (a JDK without a base archive), marked as failed so that this
     * build does not pay for recording again.
     */
    void exited(Plan plan) {
        if (!plan.writesArchive()) {
            return;
        }
        Path dir = root.resolve(plan.name());
        Path archive = dir.resolve(plan.name() + ".jsa");
        try {
            boolean written = Files.isRegularFile(archive) && Files.size(archive) > 0;
            Files.writeString(dir.resolve(written ? "archive.stamp" : "archive.failed"), plan.stamp(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            // no stamp: the next start records again
        }
    }

    /** Whether a jar is a Spring Boot executable jar this cache knows how to unpack. */
    static boolean isExecutableBootJar(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            return manifest != null && manifest.getMainAttributes().getValue("Start-Class") != null
                    && file.getEntry("BOOT-INF/lib/") != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Options that already steer class-data sharing leave the cache out. */
    static boolean conflictsWith(List<String> jvmOptions) {
        return jvmOptions.stream().anyMatch(o -> o.startsWith("-Xshare") || o.contains("SharedArchiveFile")
                || o.contains("ArchiveClassesAtExit") || o.contains("DumpLoadedClassList"));
    }

    private static String stamp(Path jar, List<String> jvmOptions) throws IOException {
        return "jar=" + jar.toAbsolutePath() + "\nsize=" + Files.size(jar)
                + "\nmodified=" + Files.getLastModifiedTime(jar).toMillis()
                + "\njava=" + System.getProperty("java.home") + " " + System.getProperty("java.vm.version")
                + "\noptions=" + String.join(" ", jvmOptions) + "\n";
    }

    /**
     * Unpacks a Spring Boot executable jar the way {@code java -Djarmode=tools -jar app.jar extract} does, without
     * starting a JVM for it: the application classes become a plain jar whose manifest names the main class and
     * the libraries (in the order of the jar's classpath index), and the libraries are copied beside it. Boot's
     * own launcher classes are left out; the JVM's class path does their work.
     */
    static void unpack(Path executableJar, Path appJar) throws IOException {
        Path lib = appJar.resolveSibling("lib");
        Files.createDirectories(lib);
        try (JarFile source = new JarFile(executableJar.toFile())) {
            Attributes main = source.getManifest().getMainAttributes();
            String startClass = main.getValue("Start-Class");
            String classesPrefix = Optional.ofNullable(main.getValue("Spring-Boot-Classes"))
                    .orElse("BOOT-INF/classes/");
            String libPrefix = Optional.ofNullable(main.getValue("Spring-Boot-Lib")).orElse("BOOT-INF/lib/");
            List<String> libraries = new ArrayList<>();
            for (Enumeration<JarEntry> entries = source.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith(libPrefix) && !entry.isDirectory()) {
                    String file = name.substring(libPrefix.length());
                    try (InputStream in = source.getInputStream(entry)) {
                        Files.copy(in, lib.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                    }
                    libraries.add(file);
                }
            }
            List<String> classPath = classpathOrder(source, main, libPrefix).orElse(libraries);

            Manifest manifest = new Manifest();
            Attributes attributes = manifest.getMainAttributes();
            main.forEach((key, value) -> {
                String attribute = key.toString();
                if (!attribute.startsWith("Spring-Boot-") && !attribute.equals("Start-Class")
                        && !attribute.equals("Main-Class") && !attribute.equals("Class-Path")) {
                    attributes.put(key, value);
                }
            });
            attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
            attributes.put(Attributes.Name.MAIN_CLASS, startClass);
            attributes.put(Attributes.Name.CLASS_PATH,
                    String.join(" ", classPath.stream().map(file -> "lib/" + file.replace(" ", "%20")).toList()));
            try (OutputStream file = Files.newOutputStream(appJar);
                 JarOutputStream out = new JarOutputStream(file, manifest)) {
                for (Enumeration<JarEntry> entries = source.entries(); entries.hasMoreElements(); ) {
                    JarEntry entry = entries.nextElement();
                    String name = entry.getName();
                    String target;
                    if (name.startsWith(classesPrefix) && name.length() > classesPrefix.length()) {
                        target = name.substring(classesPrefix.length());
                    } else if (name.startsWith("META-INF/maven/")) {
                        target = name;
                    } else {
                        continue;
                    }
                    if (target.equals("META-INF/MANIFEST.MF")) {
                        continue;
                    }
                    JarEntry copy = new JarEntry(target);
                    copy.setTime(entry.getTime());
                    out.putNextEntry(copy);
                    if (!entry.isDirectory()) {
                        try (InputStream in = source.getInputStream(entry)) {
                            in.transferTo(out);
                        }
                    }
                    out.closeEntry();
                }
            }
        }
    }

    /** The library order of {@code BOOT-INF/classpath.idx} (lines like {@code - "BOOT-INF/lib/x.jar"}). */
    private static Optional<List<String>> classpathOrder(JarFile source, Attributes main, String libPrefix)
            throws IOException {
        String index = main.getValue("Spring-Boot-Classpath-Index");
        if (index == null || source.getEntry(index) == null) {
            return Optional.empty();
        }
        List<String> order = new ArrayList<>();
        try (InputStream in = source.getInputStream(source.getEntry(index))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String entry = line.trim();
                if (entry.startsWith("- ")) {
                    entry = entry.substring(2).trim();
                }
                entry = entry.replace("\"", "");
                if (entry.startsWith(libPrefix)) {
                    order.add(entry.substring(libPrefix.length()));
                }
            }
        }
        return Optional.of(order);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
