package org.corridor.benchmark.permits;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class RemoteCasesTest {

    @Test
    void a_key_sent_again_is_answered_with_its_case_and_opens_none() {
        RemoteCases cases = new RemoteCases();
        RemoteCases.Lodged first = cases.lodge("key-1", "app-1");
        RemoteCases.Lodged again = cases.lodge("key-1", "app-1");

        assertThat(first.replay()).isFalse();
        assertThat(again.replay()).isTrue();
        assertThat(again.caseReference()).isEqualTo(first.caseReference());
        assertThat(cases.onlyCaseOf("app-1")).isEqualTo(first.caseReference());
        assertThat(cases.counts()).isEqualTo(new RemoteCases.Counts(1, 1, 1, 0, 1, 2));
    }

    @Test
    void an_application_lodged_under_a_second_key_is_counted_as_lodged_twice() {
        RemoteCases cases = new RemoteCases();
        cases.lodge("key-1", "app-1");
        cases.lodge("key-2", "app-1");
        cases.lodge("key-3", "app-2");

        assertThat(cases.counts()).isEqualTo(new RemoteCases.Counts(3, 3, 2, 1, 0, 3));
        assertThat(cases.onlyCaseOf("app-1")).isNull();
        assertThat(cases.onlyCaseOf("app-2")).isNotNull();
        assertThat(cases.onlyCaseOf("app-3")).isNull();
    }

    @Test
    void concurrent_resends_of_one_key_open_one_case() throws Exception {
        RemoteCases cases = new RemoteCases();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<RemoteCases.Lodged>> answers = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                String key = "key-" + (i % 100);
                String application = "app-" + (i % 100);
                answers.add(callers.submit(() -> cases.lodge(key, application)));
            }
            for (Future<RemoteCases.Lodged> answer : answers) {
                answer.get();
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(cases.counts()).isEqualTo(new RemoteCases.Counts(100, 100, 100, 0, 1_900, 2_000));
    }
}
