package org.corridor.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The machine and JVM a run measured, and the commands that built and ran it, for the report. */
final class Machine {

    static final String BUILD_COMMAND = "./mvnw -B -q -pl infra/benchmark -am package -DskipTests";

    private Machine() {
    }

    static String describe() {
        List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        return Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", "
                + String.format("%.1f GiB RAM, ", totalMemoryGib())
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vm.vendor") + "), JVM options: "
                + (jvmOptions.isEmpty() ? "none (JVM defaults: max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB)" : String.join(" ", jvmOptions));
    }

    /** The command line of this run as it could be typed again from the repository's root. */
    static String runCommand(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add("java");
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            command.add("-jar");
            command.add(relative(classPath));
        } else {
            command.add("-cp <class path> org.corridor.benchmark.Benchmark");
        }
        for (String argument : arguments) {
            command.add(argument.contains(" ") ? "'" + argument + "'" : argument);
        }
        return String.join(" ", command);
    }

    private static String relative(String file) {
        Path path = Path.of(file).toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return path.startsWith(here) ? here.relativize(path).toString() : path.toString();
    }

    private static double totalMemoryGib() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize() / (1024.0 * 1024 * 1024);
        }
        return -1;
    }
}
