package org.corridor.platform;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * Which TCP ports can be listened on, and which to choose when a port is picked now and bound later (by another
 * process, or after a restart that must get the same port back).
 *
 * <p>Ports are chosen outside the operating system's ephemeral range (on Linux
 * {@code /proc/sys/net/ipv4/ip_local_port_range}, 32768-60999 unless changed). The kernel gives ports of that
 * range to every outgoing connection as its source port (and to every bind of port 0), so a port in it that was
 * free when checked may belong to any connection of any process by the time it is bound, and a closed connection
 * keeps it in TIME_WAIT for a minute more. Outside the range only a program that asks for that very port can take
 * it. See ADR 8, "Ports chosen outside the ephemeral range".
 */
public final class FreePorts {

    /** Linux's default ephemeral range, assumed where the system does not say (macOS and Windows use 49152-65535). */
    public static final PortRange DEFAULT_EPHEMERAL = new PortRange(32768, 60999);

    /** Ports below this are left to services people run on their machines (databases, brokers, 8080...). */
    static final int LOWEST = 10_000;

    private static final Path LINUX_EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int ATTEMPTS = 200;

    /** Ports this JVM handed out already: two callers in one JVM never get the same port. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    /** An inclusive range of ports. */
    public record PortRange(int first, int last) {
        public PortRange {
            if (first < 1 || last > 65535 || first > last) {
                throw new IllegalArgumentException("not a port range: " + first + "-" + last);
            }
        }

        public boolean contains(int port) {
            return port >= first && port <= last;
        }

        @Override
        public String toString() {
            return first + "-" + last;
        }
    }

    /** A port nothing listens on right now, outside the ephemeral range. */
    public static int any() {
        return block(1);
    }

    /** The first of {@code size} consecutive ports nothing listens on right now, all outside the ephemeral range. */
    public static int block(int size) {
        return block(size, ephemeralRange(), ThreadLocalRandom.current(), HANDED_OUT);
    }

    static int block(int size, PortRange ephemeral, RandomGenerator random, Set<Integer> handedOut) {
        if (size < 1) {
            throw new IllegalArgumentException("a block has at least one port, not " + size);
        }
        // Where a block may start: below the ephemeral range or above it, never across it.
        int belowFirst = LOWEST;
        int belowLast = ephemeral.first() - size;
        int aboveFirst = Math.max(LOWEST, ephemeral.last() + 1);
        int aboveLast = 65536 - size;
        int below = Math.max(0, belowLast - belowFirst + 1);
        int above = Math.max(0, aboveLast - aboveFirst + 1);
        if (below + above == 0) {
            throw new IllegalStateException("no block of " + size + " ports between " + LOWEST + " and 65535 lies"
                    + " outside the ephemeral range " + ephemeral + "; narrow net.ipv4.ip_local_port_range");
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int pick = random.nextInt(below + above);
            int base = pick < below ? belowFirst + pick : aboveFirst + (pick - below);
            if (claim(base, size, handedOut)) {
                return base;
            }
        }
        throw new IllegalStateException("no block of " + size + " free ports outside the ephemeral range "
                + ephemeral + " after " + ATTEMPTS + " tries");
    }

    private static boolean claim(int base, int size, Set<Integer> handedOut) {
        for (int port = base; port < base + size; port++) {
            if (handedOut.contains(port) || inUse(port)) {
                return false;
            }
        }
        for (int port = base; port < base + size; port++) {
            if (!handedOut.add(port)) {
                // another thread claimed it meanwhile: give back what this call took
                for (int taken = base; taken < port; taken++) {
                    handedOut.remove(taken);
                }
                return false;
            }
        }
        return true;
    }

    /** This machine's ephemeral port range, read from {@code /proc} where it exists, else {@link #DEFAULT_EPHEMERAL}. */
    public static PortRange ephemeralRange() {
        // Read line by line: procfs reports a size of 0, and Files.readString/readAllBytes then return one byte.
        try {
            List<String> lines = Files.readAllLines(LINUX_EPHEMERAL_RANGE, StandardCharsets.US_ASCII);
            return parseRange(lines.isEmpty() ? "" : lines.get(0));
        } catch (IOException | RuntimeException e) {
            return DEFAULT_EPHEMERAL;
        }
    }

    /** Parses the content of {@code ip_local_port_range}: two numbers separated by white space. */
    static PortRange parseRange(String text) {
        String[] bounds = text.trim().split("\\s+");
        if (bounds.length != 2) {
            throw new IllegalArgumentException("not a port range: " + text);
        }
        return new PortRange(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1]));
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
