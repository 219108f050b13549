package org.corridor.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Which TCP ports can be listened on. */
public final class FreePorts {

    private FreePorts() {
    }

    /** A port nothing listens on right now, chosen by the operating system. */
    public static int any() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free TCP port", e);
        }
    }

    /**
     * Whether something already listens on {@code port}. Binding the wildcard address conflicts with a listener on
     * any local address (IPv4 or IPv6); a connection attempt to localhost also catches a listener the bind test
     * misses on systems that allow overlapping binds.
     */
    public static boolean inUse(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            return true;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
