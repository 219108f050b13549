package org.corridor.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void without_options_it_runs_everything_embedded_on_the_usual_ports() {
        LaunchOptions options = LaunchOptions.parse(new String[0], new Properties(), Map.of());

        assertThat(options.kafkaPort()).isEqualTo(9092);
        assertThat(options.mongoPort()).isEqualTo(27017);
        assertThat(options.portBase()).isEqualTo(8080);
        assertThat(options.onlyInfra()).isFalse();
        assertThat(options.startupCache()).isTrue();
        assertThat(options.classDataArchives()).isTrue();
        assertThat(options.dataDir()).isEmpty();
        assertThat(options.startupTimeout()).isEqualTo(Duration.ofMinutes(4));
        assertThat(options.externalKafka()).isEmpty();
        assertThat(options.externalMongo()).isEmpty();
    }

    @Test
    void arguments_win_over_system_properties_which_win_over_the_environment() {
        Properties properties = new Properties();
        properties.setProperty("corridor.data-dir", "/from/property");
        properties.setProperty("corridor.kafka-port", "19092");
        properties.setProperty("corridor.only-infra", "true");

        LaunchOptions options = LaunchOptions.parse(new String[] {"--kafka-port=29092", "--mongo-port", "37017"},
                properties, Map.of("CORRIDOR_DATA_DIR", "/from/env", "CORRIDOR_HOME", "/repo"));

        assertThat(options.kafkaPort()).isEqualTo(29092);
        assertThat(options.mongoPort()).isEqualTo(37017);
        assertThat(options.dataDir()).contains(Path.of("/from/property"));
        assertThat(options.home()).contains(Path.of("/repo"));
        assertThat(options.onlyInfra()).isTrue();
    }

    @Test
    void kafka_and_mongodb_from_the_environment_replace_the_embedded_ones() {
        LaunchOptions options = LaunchOptions.parse(new String[0], new Properties(),
                Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092,kafka-2:9092",
                        "MONGODB_URI", "mongodb://rs/?replicaSet=rs0"));

        assertThat(options.externalKafka()).contains("kafka-1:9092,kafka-2:9092");
        assertThat(options.externalMongo()).contains("mongodb://rs/?replicaSet=rs0");
    }

    @Test
    void flags_take_no_value_and_without_names_known_services() {
        LaunchOptions options = LaunchOptions.parse(new String[] {"--only-infra", "--no-cds", "--no-startup-cache",
                "--without", "gateway,employer-matching", "--startup-timeout", "90"}, new Properties(), Map.of());

        assertThat(options.onlyInfra()).isTrue();
        assertThat(options.classDataArchives()).isFalse();
        assertThat(options.startupCache()).isFalse();
        assertThat(options.without()).isEqualTo(Set.of("gateway", "employer-matching"));
        assertThat(options.startupTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(options.serviceJavaOptions()).isEqualTo(Optional.empty());
    }

    @Test
    void mistakes_are_refused_with_a_message_that_names_them() {
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--kafka-prot", "1"}, new Properties(), Map.of()))
                .hasMessageContaining("--kafka-prot");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--mongo-port", "70000"}, new Properties(),
                Map.of()))
                .hasMessageContaining("--mongo-port");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--data-dir"}, new Properties(), Map.of()))
                .hasMessageContaining("--data-dir needs a value");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--without", "payroll"}, new Properties(), Map.of()))
                .hasMessageContaining("payroll");
    }

    @Test
    void demo_accounts_only_when_asked_for() {
        assertThat(LaunchOptions.parse(new String[0], new Properties(), Map.of()).demo()).isFalse();
        assertThat(LaunchOptions.parse(new String[] {"--demo"}, new Properties(), Map.of()).demo()).isTrue();
        assertThat(LaunchOptions.parse(new String[0], new Properties(), Map.of("CORRIDOR_DEMO", "true")).demo())
                .isTrue();
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--demo=maybe"}, new Properties(), Map.of()))
                .hasMessageContaining("maybe");
    }

    @Test
    void help_lists_every_option() {
        assertThat(LaunchOptions.parse(new String[] {"--help"}, new Properties(), Map.of()).help()).isTrue();
        assertThat(LaunchOptions.usage()).contains("--data-dir", "--kafka-port", "--mongo-port", "--only-infra",
                "--port-base", "--without", "--startup-timeout", "--demo", "--service-java-opts", "--home", "--no-cds",
                "--no-startup-cache",
                "KAFKA_BOOTSTRAP_SERVERS", "MONGODB_URI");
    }
}
