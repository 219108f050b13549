package org.corridor.embedded;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to start one child process.
 *
 * @param environment added to (and overriding) the launcher's own environment
 * @param log         where the child's stdout and stderr go; the previous run's log is kept beside it as
 *                    {@code <log>.1}
 */
record ServiceLaunch(String name, int port, List<String> command, Map<String, String> environment, Path log,
                     Path workingDirectory) {

    ServiceLaunch {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }
}
