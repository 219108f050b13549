package org.corridor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.corridor.platform.FreePorts.PortRange;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void a_chosen_port_lies_outside_this_machines_ephemeral_range() {
        PortRange ephemeral = FreePorts.ephemeralRange();
        for (int i = 0; i < 50; i++) {
            int port = FreePorts.any();
            assertThat(ephemeral.contains(port)).as("port %d in the ephemeral range %s", port, ephemeral).isFalse();
            assertThat(port).isBetween(FreePorts.LOWEST, 65535);
        }
    }

    @Test
    void a_block_lies_wholly_below_or_wholly_above_the_ephemeral_range_never_across_it() {
        PortRange ephemeral = new PortRange(30000, 60000);
        SplittableRandom random = new SplittableRandom(7);
        boolean sawBelow = false;
        boolean sawAbove = false;
        for (int i = 0; i < 300; i++) {
            int base = FreePorts.block(7, ephemeral, random, new HashSet<>());
            int last = base + 6;
            assertThat(last < ephemeral.first() || base > ephemeral.last())
                    .as("block %d-%d against %s", base, last, ephemeral).isTrue();
            assertThat(base).isGreaterThanOrEqualTo(FreePorts.LOWEST);
            assertThat(last).isLessThanOrEqualTo(65535);
            sawBelow |= last < ephemeral.first();
            sawAbove |= base > ephemeral.last();
        }
        assertThat(sawBelow).as("some blocks below the range").isTrue();
        assertThat(sawAbove).as("some blocks above the range").isTrue();
    }

    @Test
    void a_port_something_listens_on_is_passed_over() throws Exception {
        try (ServerSocket listening = new ServerSocket(FreePorts.any())) {
            int taken = listening.getLocalPort();
            int next = FreePorts.any();
            // The first pick is the port that is listened on, the second another one.
            PortRange ephemeral = FreePorts.ephemeralRange();
            int chosen = FreePorts.block(1, ephemeral, picks(ephemeral, taken, next), new HashSet<>());

            assertThat(chosen).isEqualTo(next);
        }
    }

    @Test
    void a_port_handed_out_once_is_not_handed_out_again_in_the_same_jvm() {
        PortRange ephemeral = FreePorts.ephemeralRange();
        Set<Integer> handedOut = new HashSet<>();
        int first = FreePorts.block(1, ephemeral, new SplittableRandom(3), handedOut);
        int other = FreePorts.any();
        // Nothing listens on the first (its caller has not bound it yet), but it is promised already.
        int chosen = FreePorts.block(1, ephemeral, picks(ephemeral, first, other), handedOut);

        assertThat(chosen).isEqualTo(other);
    }

    @Test
    void a_range_that_leaves_no_room_is_refused_naming_the_range() {
        assertThatThrownBy(() -> FreePorts.block(3, new PortRange(1024, 65535), new SplittableRandom(1), new HashSet<>()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ephemeral range 1024-65535")
                .hasMessageContaining("ip_local_port_range");
    }

    @Test
    void the_range_is_read_from_proc_where_it_exists_and_is_linuxs_default_elsewhere() throws Exception {
        Path proc = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        PortRange expected = Files.isReadable(proc)
                ? FreePorts.parseRange(Files.readAllLines(proc, StandardCharsets.US_ASCII).get(0))
                : FreePorts.DEFAULT_EPHEMERAL;

        assertThat(FreePorts.ephemeralRange()).isEqualTo(expected);
        assertThat(FreePorts.parseRange("32768\t60999\n")).isEqualTo(new PortRange(32768, 60999));
        assertThat(FreePorts.DEFAULT_EPHEMERAL).isEqualTo(new PortRange(32768, 60999));
    }

    /** Picks these single ports, in this order, numbering the ports below the range first, then those above. */
    private static RandomGenerator picks(PortRange ephemeral, int... ports) {
        int below = ephemeral.first() - FreePorts.LOWEST;
        Deque<Integer> queue = new ArrayDeque<>();
        for (int port : ports) {
            assertThat(ephemeral.contains(port)).isFalse();
            queue.add(port < ephemeral.first() ? port - FreePorts.LOWEST : below + port - ephemeral.last() - 1);
        }
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException("only nextInt(bound) is scripted");
            }

            @Override
            public int nextInt(int bound) {
                int pick = queue.remove();
                assertThat(pick).isLessThan(bound);
                return pick;
            }
        };
    }
}
