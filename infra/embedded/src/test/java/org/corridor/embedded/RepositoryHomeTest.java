package org.corridor.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryHomeTest {

    @TempDir
    Path tmp;

    private Path repository;

    @BeforeEach
    void repository() throws Exception {
        repository = tmp.resolve("my corridor");
        Files.createDirectories(repository.resolve("services"));
        Files.createDirectories(repository.resolve("infra/embedded/target/classes"));
        Files.writeString(repository.resolve("pom.xml"), "<project/>");
    }

    @Test
    void is_found_from_the_executable_jar_wherever_the_launcher_is_started() throws Exception {
        Path jar = repository.resolve("infra/embedded/target/corridor-embedded.jar");
        // what Spring Boot's launcher reports as the code source of a class in BOOT-INF/classes
        String nested = "jar:nested:" + jar.toUri().getRawPath() + "/!BOOT-INF/classes/!/";

        assertThat(RepositoryHome.resolve(Optional.empty(), nested, Path.of("/"))).isEqualTo(repository);
    }

    @Test
    void is_found_from_the_classes_folder_when_run_from_an_ide() throws Exception {
        String classes = repository.resolve("infra/embedded/target/classes").toUri().toString();

        assertThat(RepositoryHome.resolve(Optional.empty(), classes, Path.of("/"))).isEqualTo(repository);
    }

    @Test
    void an_explicit_home_wins_and_must_be_a_repository() throws Exception {
        String elsewhere = tmp.toUri().toString();

        assertThat(RepositoryHome.resolve(Optional.of(repository), elsewhere, Path.of("/"))).isEqualTo(repository);
        assertThatThrownBy(() -> RepositoryHome.resolve(Optional.of(tmp), elsewhere, Path.of("/")))
                .hasMessageContaining("no services/ folder");
    }

    @Test
    void falls_back_to_the_working_directory_and_says_how_to_help_it() throws Exception {
        String elsewhere = tmp.toUri().toString();

        assertThat(RepositoryHome.resolve(Optional.empty(), elsewhere, repository.resolve("services")))
                .isEqualTo(repository);
        assertThatThrownBy(() -> RepositoryHome.resolve(Optional.empty(), elsewhere, tmp))
                .hasMessageContaining("--home");
    }
}
