package org.corridor.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * What the launcher was asked to do. Each option can come from a command-line argument, a system property
 * ({@code -Dcorridor.<option>}) or, for a few, the environment; arguments win over properties, properties over
 * the environment.
 *
 * @param home          the repository root override ({@code --home}, {@code corridor.home}, {@code CORRIDOR_HOME})
 * @param dataDir       where Kafka, MongoDB, the event stores and the logs keep their files; empty means
 *                      {@code <home>/data}
 * @param externalKafka bootstrap servers of a Kafka cluster to use instead of the embedded broker
 * @param externalMongo connection string of a MongoDB to use instead of the embedded wire server
 */
record LaunchOptions(
        boolean help,
        Optional<Path> home,
        Optional<Path> dataDir,
        int kafkaPort,
        int mongoPort,
        int portBase,
        boolean onlyInfra,
        boolean startupCache,
        boolean classDataArchives,
        Set<String> without,
        Duration startupTimeout,
        Optional<String> serviceJavaOptions,
        boolean demo,
        Optional<String> externalKafka,
        Optional<String> externalMongo) {

    static final int DEFAULT_KAFKA_PORT = 9092;
    static final int DEFAULT_MONGO_PORT = 27017;
    static final int DEFAULT_PORT_BASE = 8080;
    static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofMinutes(4);

    static LaunchOptions parse(String[] args, Properties properties, Map<String, String> environment) {
        Map<String, String> given = new HashMap<>();
        boolean help = false;
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        while (!rest.isEmpty()) {
            String arg = rest.remove(0);
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
                continue;
            }
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument '" + arg + "'.");
            }
            String name = arg.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (!KNOWN.contains(name)) {
                throw new IllegalArgumentException("Unknown option --" + name + ".");
            }
            if (value == null && FLAGS.contains(name)) {
                value = "true";
            } else if (value == null) {
                if (rest.isEmpty() || rest.get(0).startsWith("--")) {
                    throw new IllegalArgumentException("Option --" + name + " needs a value.");
                }
                value = rest.remove(0);
            }
            given.put(name, value);
        }
        Source source = new Source(given, properties, environment);
        return new LaunchOptions(
                help,
                source.value("home", "CORRIDOR_HOME").map(Path::of),
                source.value("data-dir", "CORRIDOR_DATA_DIR").map(Path::of),
                source.port("kafka-port", DEFAULT_KAFKA_PORT),
                source.port("mongo-port", DEFAULT_MONGO_PORT),
                source.port("port-base", DEFAULT_PORT_BASE),
                source.value("only-infra", null).map(LaunchOptions::flag).orElse(false),
                !source.value("no-startup-cache", null).map(LaunchOptions::flag).orElse(false),
                !source.value("no-cds", null).map(LaunchOptions::flag).orElse(false),
                source.value("without", null).map(LaunchOptions::serviceNames).orElse(Set.of()),
                source.value("startup-timeout", null).map(LaunchOptions::seconds).orElse(DEFAULT_STARTUP_TIMEOUT),
                source.value("service-java-opts", "CORRIDOR_SERVICE_JAVA_OPTS"),
                source.value("demo", "CORRIDOR_DEMO").map(LaunchOptions::flag).orElse(false),
                Optional.ofNullable(environment.get("KAFKA_BOOTSTRAP_SERVERS")).filter(s -> !s.isBlank()),
                Optional.ofNullable(environment.get("MONGODB_URI")).filter(s -> !s.isBlank()));
    }

    static String usage() {
        return """
                Corridor embedded platform: a Kafka broker (KRaft), a MongoDB wire-protocol server, the identity
                service, the four services and the gateway on this machine, with their data under ./data.

                Usage: java -jar infra/embedded/target/corridor-embedded.jar [options]

                Options (each also as a system property -Dcorridor.<option>=<value>):
                  --data-dir <dir>           data folder (default: <repository>/data; env CORRIDOR_DATA_DIR)
                  --kafka-port <port>        port of the embedded Kafka broker (default 9092)
                  --mongo-port <port>        port of the embedded MongoDB wire server (default 27017)
                  --port-base <port>         gateway port; the services take the next four and the identity
                                             service the fifth (default 8080)
                  --demo                     create a demo account for every role, with known passwords, and
                                             print them (env CORRIDOR_DEMO); never where real people's data is
                  --only-infra               start Kafka and MongoDB only (run the services from your IDE)
                  --without <a,b>            start everything except these services (you run them yourself)
                  --startup-timeout <secs>   how long the services may take to report UP (default 240)
                  --service-java-opts <opts> JVM options for the services, replacing the defaults; {name}
                                             becomes the service's name (env CORRIDOR_SERVICE_JAVA_OPTS)
                  --no-cds                   record no class-data sharing archives (by default the second start
                                             of a build records them as it stops, and later starts map them)
                  --no-startup-cache         run the service jars as they are, not unpacked into
                                             <data-dir>/startup-cache (implies --no-cds)
                  --home <dir>               repository root, if it cannot be found from the jar (env CORRIDOR_HOME)
                  --help                     this text

                Environment:
                  KAFKA_BOOTSTRAP_SERVERS    use this Kafka instead of starting the embedded broker
                  MONGODB_URI                use this MongoDB instead of starting the embedded wire server
                """;
    }

    private static final Set<String> FLAGS = Set.of("only-infra", "no-startup-cache", "no-cds", "demo");

    private static final Set<String> KNOWN = Set.of("home", "data-dir", "kafka-port", "mongo-port", "port-base",
            "only-infra", "no-startup-cache", "no-cds", "without", "startup-timeout", "service-java-opts", "demo");

    private static boolean flag(String value) {
        if (value.isBlank() || value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException("Expected true or false, got '" + value + "'.");
    }

    private static Duration seconds(String value) {
        try {
            long seconds = Long.parseLong(value.trim());
            if (seconds <= 0) {
                throw new NumberFormatException();
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--startup-timeout expects a positive number of seconds, got '"
                    + value + "'.");
        }
    }

    private static Set<String> serviceNames(String value) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : value.split(",")) {
            String trimmed = name.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (Services.ALL.stream().noneMatch(s -> s.name().equals(trimmed))) {
                throw new IllegalArgumentException("--without: unknown service '" + trimmed + "'; known: "
                        + String.join(", ", Services.ALL.stream().map(Services.Service::name).toList()) + ".");
            }
            names.add(trimmed);
        }
        return Set.copyOf(names);
    }

    private record Source(Map<String, String> given, Properties properties, Map<String, String> environment) {

        Optional<String> value(String option, String environmentName) {
            String value = given.get(option);
            if (value == null) {
                value = properties.getProperty("corridor." + option);
            }
            if (value == null && environmentName != null) {
                value = environment.get(environmentName);
            }
            return Optional.ofNullable(value).filter(v -> !v.isBlank() || FLAGS.contains(option));
        }

        int port(String option, int fallback) {
            return value(option, null).map(v -> {
                try {
                    int port = Integer.parseInt(v.trim());
                    if (port < 1 || port > 65535) {
                        throw new NumberFormatException();
                    }
                    return port;
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--" + option + " expects a port between 1 and 65535, got '"
                            + v + "'.");
                }
            }).orElse(fallback);
        }
    }
}
