package org.corridor.benchmark.permits;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultScheduleTest {

    @Test
    void one_call_in_five_fails_split_between_the_four_faults_and_every_latency_is_within_its_bounds() {
        FaultSchedule schedule = new FaultSchedule(7, 0.2, 50, 500);
        Map<FaultSchedule.Fault, Integer> counts = new EnumMap<>(FaultSchedule.Fault.class);
        int calls = 100_000;
        int lowest = Integer.MAX_VALUE;
        int highest = Integer.MIN_VALUE;
        for (int i = 0; i < calls; i++) {
            FaultSchedule.Call call = schedule.next();
            counts.merge(call.fault(), 1, Integer::sum);
            lowest = Math.min(lowest, call.latencyMillis());
            highest = Math.max(highest, call.latencyMillis());
        }
        int failed = calls - counts.get(FaultSchedule.Fault.NONE);
        assertThat(failed / (double) calls).isBetween(0.195, 0.205);
        assertThat(counts.get(FaultSchedule.Fault.HTTP_503) / (double) failed).isBetween(0.33, 0.37);
        assertThat(counts.get(FaultSchedule.Fault.HTTP_500) / (double) failed).isBetween(0.23, 0.27);
        assertThat(counts.get(FaultSchedule.Fault.CONNECTION_RESET) / (double) failed).isBetween(0.18, 0.22);
        assertThat(counts.get(FaultSchedule.Fault.ANSWER_LOST) / (double) failed).isBetween(0.18, 0.22);
        assertThat(lowest).isGreaterThanOrEqualTo(50).isLessThan(60);
        assertThat(highest).isLessThanOrEqualTo(500).isGreaterThan(490);
    }

    @Test
    void the_same_seed_gives_the_same_calls_in_the_same_order() {
        assertThat(draw(new FaultSchedule(42, 0.2, 50, 500), 1_000))
                .isEqualTo(draw(new FaultSchedule(42, 0.2, 50, 500), 1_000))
                .isNotEqualTo(draw(new FaultSchedule(43, 0.2, 50, 500), 1_000));
    }

    @Test
    void no_failure_rate_never_fails_and_bounds_out_of_order_are_refused() {
        assertThat(draw(new FaultSchedule(1, 0, 0, 0), 1_000)).allSatisfy(call ->
                assertThat(call).isEqualTo(new FaultSchedule.Call(FaultSchedule.Fault.NONE, 0)));
        assertThatThrownBy(() -> new FaultSchedule(1, 1.5, 0, 0)).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> new FaultSchedule(1, 0.2, 500, 50)).hasMessageContaining("min <= max");
    }

    private static List<FaultSchedule.Call> draw(FaultSchedule schedule, int n) {
        List<FaultSchedule.Call> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(schedule.next());
        }
        return calls;
    }
}
