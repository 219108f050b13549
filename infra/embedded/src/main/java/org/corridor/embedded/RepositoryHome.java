package org.corridor.embedded;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the repository root, where {@code services/<name>/target/<name>.jar} live. The launcher may be started
 * from any folder, so the working directory is only the last resort: an explicit override wins, then the
 * launcher's own location (the jar in {@code infra/embedded/target}, or its classes folder in an IDE).
 */
final class RepositoryHome {

    private RepositoryHome() {
    }

    static Path resolve(Optional<Path> override, String codeSource, Path workingDirectory) {
        if (override.isPresent()) {
            Path home = override.get().toAbsolutePath().normalize();
            if (!isRepositoryRoot(home)) {
                throw new IllegalStateException("The repository root given with --home/corridor.home/CORRIDOR_HOME ("
                        + home + ") has no services/ folder.");
            }
            return home;
        }
        Optional<Path> fromCodeSource = location(codeSource).flatMap(RepositoryHome::searchUpwards);
        if (fromCodeSource.isPresent()) {
            return fromCodeSource.get();
        }
        return searchUpwards(workingDirectory.toAbsolutePath().normalize()).orElseThrow(() -> new IllegalStateException(
                "Cannot find the repository root (a folder with pom.xml and services/) from the launcher's location ("
                        + codeSource + ") or the working directory (" + workingDirectory + "). Start it from the"
                        + " repository, or pass --home <dir> (or CORRIDOR_HOME)."));
    }

    /**
     * The file-system path of a code source, which for a Spring Boot executable jar looks like
     * {@code jar:nested:/abs/corridor-embedded.jar/!BOOT-INF/classes/!/}, and from an IDE like
     * {@code file:/abs/infra/embedded/target/classes/}.
     */
    static Optional<Path> location(String codeSource) {
        if (codeSource == null) {
            return Optional.empty();
        }
        String text = codeSource;
        for (String prefix : new String[] {"jar:", "nested:"}) {
            if (text.startsWith(prefix)) {
                text = text.substring(prefix.length());
            }
        }
        int bang = text.indexOf("!");
        if (bang >= 0) {
            text = text.substring(0, bang);
        }
        String uri = text.startsWith("file:") ? text : "file:" + text;
        try {
            return Optional.of(Path.of(new URI(uri)).toAbsolutePath().normalize());
        } catch (URISyntaxException | IllegalArgumentException e) {
            // not percent-encoded after all (a path with spaces); take it as written
            try {
                return Optional.of(Path.of(uri.substring("file:".length())).toAbsolutePath().normalize());
            } catch (java.nio.file.InvalidPathException invalid) {
                return Optional.empty();
            }
        }
    }

    private static Optional<Path> searchUpwards(Path start) {
        for (Path candidate = start; candidate != null; candidate = candidate.getParent()) {
            if (isRepositoryRoot(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean isRepositoryRoot(Path candidate) {
        return Files.isDirectory(candidate.resolve("services")) && Files.isRegularFile(candidate.resolve("pom.xml"));
    }
}
