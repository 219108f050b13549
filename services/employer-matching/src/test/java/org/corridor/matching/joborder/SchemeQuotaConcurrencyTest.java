package org.corridor.matching.joborder;

import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.matching.Http;
import org.corridor.matching.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.matching.Scenario.employerToken;
import static org.corridor.matching.Scenario.fairJobOrder;

/**
 * The scheme quota holds when employers open, amend and close job orders at the same moment: the scheme of the
 * contract example has 120 away-track places for 2027, so ten orders of 12 positions fill it exactly.
 */
@CorridorServiceTest
class SchemeQuotaConcurrencyTest {

    static final int ORDERS = 20;

    @Autowired
    TestRestTemplate rest;

    Http http() {
        return new Http(rest);
    }

    @Test
    void twenty_orders_sent_at_once_for_ten_orders_worth_of_places_open_exactly_ten_and_refuse_the_rest_by_the_quota()
            throws Exception {
        Scenario given = new Scenario(http());
        String schemeId = given.scheme();
        List<String> employers = List.of(given.employer(), given.employer(), given.employer(), given.employer());
        String twelve = fairJobOrder(schemeId).replace("\"positions\": 2", "\"positions\": 12");

        List<ResponseEntity<Map>> answers = all(ORDERS, i -> http().post("/job-orders", twelve,
                employerToken(employers.get(i % employers.size()))));

        assertThat(answers).filteredOn(a -> a.getStatusCode() == HttpStatus.CREATED).hasSize(10);
        assertThat(answers).filteredOn(a -> a.getStatusCode() != HttpStatus.CREATED).hasSize(10)
                .allSatisfy(refused -> {
                    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
                    assertThat((List<Map<String, Object>>) refused.getBody().get("breaches")).singleElement()
                            .satisfies(b -> assertThat(b).containsEntry("rule", "scheme-quota")
                                    .containsEntry("field", "positions")
                                    .containsEntry("explanation", "12 positions would exceed the scheme's quota of"
                                            + " 120 away-track places for 2027: 0 are left.")
                                    .containsEntry("whatToDo", "Ask for at most 0 positions."));
                });
    }

    @Test
    void places_given_back_by_closing_and_amending_down_are_taken_by_orders_sent_at_the_same_moment()
            throws Exception {
        Scenario given = new Scenario(http());
        String schemeId = given.scheme();
        String employer = given.employer();
        String sixty = fairJobOrder(schemeId).replace("\"positions\": 2", "\"positions\": 60");
        String closing = given.openJobOrder(employer, sixty);
        String shrinking = given.openJobOrder(employer, sixty);
        String ten = fairJobOrder(schemeId).replace("\"positions\": 2", "\"positions\": 10");

        // The quota is full (2 x 60). Closing one order frees 60 and shrinking the other to 10 frees 50: 110 places
        // for twelve orders of 10 sent alongside, so however they interleave, at most 11 open and nothing overfills.
        List<ResponseEntity<Map>> answers = all(14, i -> switch (i) {
            case 0 -> http().post("/job-orders/" + closing + "/close", null, employerToken(employer));
            case 1 -> http().put("/job-orders/" + shrinking, ten, employerToken(employer));
            default -> http().post("/job-orders", ten, employerToken(employer));
        });

        assertThat(answers.get(0).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(answers.get(1).getStatusCode()).isEqualTo(HttpStatus.OK);
        List<ResponseEntity<Map>> orders = answers.subList(2, answers.size());
        assertThat(orders).allSatisfy(a -> assertThat(a.getStatusCode())
                .isIn(HttpStatus.CREATED, HttpStatus.UNPROCESSABLE_ENTITY));
        long opened = orders.stream().filter(a -> a.getStatusCode() == HttpStatus.CREATED).count();
        assertThat(opened).isLessThanOrEqualTo(11);
        // Afterwards exactly what is left is free: the quota is 120, held by the shrunk order and those opened.
        int left = 120 - 10 - (int) opened * 10;
        ResponseEntity<Map> probe = http().post("/job-orders", fairJobOrder(schemeId)
                .replace("\"positions\": 2", "\"positions\": " + (left + 1)), employerToken(employer));
        assertThat(probe.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat((List<Map<String, Object>>) probe.getBody().get("breaches")).singleElement()
                .satisfies(b -> assertThat((String) b.get("explanation")).endsWith(": " + left + " are left."));
    }

    /** Sends {@code count} requests at the same moment, each on its own thread, and returns the answers in order. */
    private static List<ResponseEntity<Map>> all(int count, java.util.function.IntFunction<ResponseEntity<Map>> call)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ResponseEntity<Map>>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                sent.add(threads.submit(() -> {
                    start.await();
                    return call.apply(n);
                }));
            }
            start.countDown();
            List<ResponseEntity<Map>> answers = new ArrayList<>();
            for (Future<ResponseEntity<Map>> answer : sent) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }
}
