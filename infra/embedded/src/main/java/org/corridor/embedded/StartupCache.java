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
 * Makes the services start with less CPU. Each Spring Boot executable jar is unpacked once into a plain
 * application jar with its libraries beside it, which saves the nested-jar class loading: measured on the gateway
 * with the default options, 9.3-11.9 s of CPU to UP from the executable jar, 7.1-8.3 s unpacked.
 *
 * <p>Optionally ({@code --cds}) the JVM also keeps an application class-data sharing archive of the classes it
 * loaded, written when the service exits after a run without one ({@code -XX:ArchiveClassesAtExit}) and mapped
 * by the next start ({@code -XX:SharedArchiveFile}): 5.5-6.0 s of CPU to UP. It is not the default because the
 * run that records the archive costs about 40% more CPU to start and about 11 s of CPU per service to write it at
 * exit, which a rebuild-and-restart loop pays every time. A rebuilt jar, another JDK or other JVM options make a
 * new unpacked copy and a new archive; an archive the JVM cannot map is ignored by it, never fatal.
 *
 * <pre>
 * data/startup-cache/&lt;name&gt;/app/&lt;name&gt;.jar   application classes, Main-Class and Class-Path: lib/...
 * data/startup-cache/&lt;name&gt;/app/lib/             the libraries, copied from BOOT-INF/lib
 * data/startup-cache/&lt;name&gt;/&lt;name&gt;.jsa          the class-data archive
 * data/startup-cache/&lt;name&gt;/source.stamp         which jar, JDK and options the copy was made for
 * data/startup-cache/&lt;name&gt;/archive.stamp        the same, written once the archive is complete
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
        if (!stamp.equals(read(dir.resolve("source.stamp"))) || !Files.isRegularFile(appJar)) {
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
        Files.deleteIfExists(archive);
        Files.deleteIfExists(dir.resolve("archive.stamp"));
        options.add("-XX:ArchiveClassesAtExit=" + archive);
        return new Plan(name, appJar, options, true, stamp);
    }

    /**
     * Called once the service's JVM has exited: if it was to write an archive and did, the archive is marked as
     * complete for the next start. A JVM that was killed writes none, and the next run tries again.
     */
    void exited(Plan plan) {
        if (!plan.writesArchive()) {
            return;
        }
        Path dir = root.resolve(plan.name());
        Path archive = dir.resolve(plan.name() + ".jsa");
        try {
            if (Files.isRegularFile(archive) && Files.size(archive) > 0) {
                Files.writeString(dir.resolve("archive.stamp"), plan.stamp(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            // no stamp, no archive use: the next run writes a new one
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
            String classesPrefix = Optional.ofNullable(main.getValue("Spring-Boot-Classes")).orElse("BOOT-INF/classes/");
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
