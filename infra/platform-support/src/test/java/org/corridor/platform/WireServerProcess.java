package org.corridor.platform;

import java.nio.file.Path;
import java.time.Duration;

/** Runs the wire server in a process of its own, so a test can kill it as a crash would. */
public final class WireServerProcess {

    private WireServerProcess() {
    }

    public static void main(String[] args) throws Exception {
        MongoWireServer.start(Path.of(args[0]), Integer.parseInt(args[1]), Duration.parse(args[2]));
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
