package org.corridor.returns.returncase;

import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.returns.Http;
import org.corridor.returns.Tokens;
import org.corridor.returns.Topics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.corridor.returns.returncase.ReturnCaseHttpTest.PERMITS;
import static org.corridor.returns.returncase.ReturnCaseHttpTest.permitEnded;

/**
 * One case per return, with real permit-ended events on visa-permit-tracking's topic: whichever comes first, the
 * permit's end or the returnee's registration, the other joins the case it opened, also when both arrive at once.
 */
@CorridorServiceTest
class OneCasePerReturnHttpTest {

    @Autowired
    TestRestTemplate rest;

    Http http;
    String person;

    @BeforeEach
    void setUp() {
        http = new Http(rest);
        person = "person-" + UUID.randomUUID();
    }

    private ResponseEntity<Map> register(String gender) {
        return http.post("/return-cases", Tokens.worker(person), """
                {"originCountry": "PH", "destinationCountry": "DE", "returnedOn": "%s", "gender": "%s"}
                """.formatted(LocalDate.now().minusDays(10), gender));
    }

    private List<Map<String, Object>> ownCases() {
        return (List<Map<String, Object>>) http.ok(http.get("/return-cases/mine?size=200", Tokens.worker(person)))
                .get("items");
    }

    private Map<String, Object> caseOf(String returnCaseId) {
        return http.ok(http.get("/return-cases/" + returnCaseId, Tokens.worker(person)));
    }

    private static List<String> steps(Map<String, Object> record) {
        return ((List<Map<String, Object>>) record.get("history")).stream().map(s -> (String) s.get("step")).toList();
    }

    /** Keyed by the person here, so that one person's events are taken in the order sent. */
    private void permitEnds(String application) {
        permitEnds(person, application);
    }

    private void permitEnds(String key, String application) {
        Topics.send(PERMITS, key, permitEnded(UUID.randomUUID().toString(), application, person, "scheme-1"));
    }

    @Test
    void a_permit_end_after_the_returnee_registered_is_recorded_on_their_case_and_opens_no_second() {
        ResponseEntity<Map> registered = register("FEMALE");
        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String returnCaseId = (String) registered.getBody().get("returnCaseId");

        String application = "app-" + UUID.randomUUID();
        permitEnds(application);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(caseOf(returnCaseId))
                .containsEntry("applicationId", application).containsEntry("openedBy", "SELF_REGISTERED")
                .containsEntry("schemeId", "scheme-1").containsEntry("gender", "FEMALE"));
        assertThat(steps(caseOf(returnCaseId))).containsExactly("OPENED_SELF_REGISTERED", "PERMIT_END_RECORDED");
        // The same permit's end resent under a new event id changes nothing either.
        permitEnds(application);
        String sentinel = person;
        person = "person-" + UUID.randomUUID();
        permitEnds(sentinel, "app-" + UUID.randomUUID());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ownCases()).hasSize(1));
        person = sentinel;
        assertThat(ownCases()).singleElement().satisfies(c -> assertThat(c).containsEntry("returnCaseId",
                returnCaseId));
        assertThat(steps(caseOf(returnCaseId))).containsExactly("OPENED_SELF_REGISTERED", "PERMIT_END_RECORDED");
    }

    @Test
    void a_registration_after_a_permit_end_is_answered_with_the_case_the_permit_end_opened() {
        String application = "app-" + UUID.randomUUID();
        permitEnds(application);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ownCases()).hasSize(1));
        String returnCaseId = (String) ownCases().get(0).get("returnCaseId");

        ResponseEntity<Map> registered = register("MALE");
        assertThat(registered.getStatusCode()).as(String.valueOf(registered.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(registered.getBody()).containsEntry("returnCaseId", returnCaseId).containsEntry("alreadyOpen", true);
        assertThat(registered.getHeaders().getLocation()).hasToString(rest.getRootUri() + "/return-cases/"
                + returnCaseId);
        assertThat(caseOf(returnCaseId)).containsEntry("openedBy", "PERMIT_ENDED").containsEntry("gender", "MALE")
                .containsEntry("applicationId", application);
        assertThat(steps(caseOf(returnCaseId))).containsExactly("OPENED_PERMIT_ENDED", "REGISTERED_BY_RETURNEE");

        // Registering once more is answered the same way, and records nothing more.
        assertThat(register("MALE").getBody()).containsEntry("returnCaseId", returnCaseId);
        assertThat(steps(caseOf(returnCaseId))).containsExactly("OPENED_PERMIT_ENDED", "REGISTERED_BY_RETURNEE");
        assertThat(ownCases()).hasSize(1);
    }

    @Test
    void a_permit_end_and_registrations_arriving_at_once_open_one_case() throws Exception {
        String application = "app-" + UUID.randomUUID();
        ExecutorService arrivals = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ResponseEntity<Map>>> registrations = new ArrayList<>();
        try {
            CompletableFuture<Void> permitEnd = CompletableFuture.runAsync(() -> {
                awaitStart(start);
                permitEnds(application);
            }, arrivals);
            for (int i = 0; i < 3; i++) {
                registrations.add(CompletableFuture.supplyAsync(() -> {
                    awaitStart(start);
                    return register("FEMALE");
                }, arrivals));
            }
            start.countDown();
            permitEnd.get(30, TimeUnit.SECONDS);
        } finally {
            arrivals.shutdown();
        }
        List<ResponseEntity<Map>> answers = new ArrayList<>();
        for (CompletableFuture<ResponseEntity<Map>> registration : registrations) {
            answers.add(registration.get(30, TimeUnit.SECONDS));
        }
        assertThat(answers).allSatisfy(a -> assertThat(a.getStatusCode().is2xxSuccessful())
                .as(String.valueOf(a.getBody())).isTrue());
        assertThat(answers).extracting(a -> a.getBody().get("returnCaseId")).containsOnly(
                answers.get(0).getBody().get("returnCaseId"));
        assertThat(answers).filteredOn(a -> a.getStatusCode() == HttpStatus.CREATED).hasSizeLessThanOrEqualTo(1);
        String returnCaseId = (String) answers.get(0).getBody().get("returnCaseId");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(caseOf(returnCaseId))
                .containsEntry("applicationId", application));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ownCases()).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("returnCaseId", returnCaseId)));
        assertThat(steps(caseOf(returnCaseId))).hasSize(2).containsAnyOf("PERMIT_END_RECORDED",
                "REGISTERED_BY_RETURNEE");
    }

    @Test
    void once_the_case_is_closed_a_new_return_opens_a_new_case_and_the_old_permit_end_stays_with_the_old_one() {
        String application = "app-" + UUID.randomUUID();
        permitEnds(application);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ownCases()).hasSize(1));
        String first = (String) ownCases().get(0).get("returnCaseId");
        http.ok(http.post("/return-cases/" + first + "/closure", Tokens.counsellor("PH"),
                "{\"outcome\": \"MIGRATED_AGAIN\"}"));

        // The first permit's end resent after the closure belongs to the closed case: no case opens for it.
        permitEnds(application);
        ResponseEntity<Map> registered = register("FEMALE");
        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String second = (String) registered.getBody().get("returnCaseId");
        assertThat(second).isNotEqualTo(first);
        String next = "app-" + UUID.randomUUID();
        permitEnds(next);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(caseOf(second))
                .containsEntry("applicationId", next));
        assertThat(ownCases()).extracting(c -> c.get("returnCaseId")).containsExactlyInAnyOrder(first, second);
        assertThat(caseOf(first)).containsEntry("applicationId", application).containsEntry("status", "CLOSED");
    }

    private static void awaitStart(CountDownLatch start) {
        try {
            start.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
