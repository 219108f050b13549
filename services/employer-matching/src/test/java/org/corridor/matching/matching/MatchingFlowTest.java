package org.corridor.matching.matching;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.contracts.Contracts;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.kernel.testing.TestTokens;
import org.corridor.matching.Http;
import org.corridor.matching.Scenario;
import org.corridor.matching.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.corridor.matching.Scenario.employerToken;
import static org.corridor.matching.Scenario.fairJobOrder;

/** From the candidate pool to a placement, over HTTP and the real broker. */
@CorridorServiceTest
class MatchingFlowTest {

    /** The administering organisation the scheme-defined contract example names. */
    static final String ADMIN = TestTokens.bearer("admin-1", "SCHEME_ADMIN", "ph-de-partnership-office", null);
    /** An administrator of another partnership, who administers none of these schemes. */
    static final String OTHER_ADMIN = TestTokens.bearer("admin-9", "SCHEME_ADMIN", "another-partnership-office",
            null);

    @Autowired
    TestRestTemplate rest;

    Http http() {
        return new Http(rest);
    }

    Scenario given() {
        return new Scenario(http());
    }

    @Test
    void the_shortlist_ranks_a_candidate_meeting_every_requirement_first_and_a_withdrawal_removes_at_once() {
        String schemeId = given().scheme();
        String employerId = given().employer();
        String jobOrderId = given().openJobOrder(employerId, fairJobOrder(schemeId));
        String late = given().candidate(schemeId, "2027-12-01", "C1");
        String meetsAll = given().candidate(schemeId, "2027-06-01", "B1");
        String weakGerman = given().candidate(schemeId, "2027-06-01", "A2");

        ResponseEntity<Map> shortlist = http().get("/job-orders/" + jobOrderId + "/shortlist",
                employerToken(employerId));
        assertThat(shortlist.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> items = (List<Map<String, Object>>) shortlist.getBody().get("items");
        assertThat(items).extracting(i -> i.get("personId")).first().isEqualTo(meetsAll);
        assertThat(items).extracting(i -> i.get("personId")).containsExactlyInAnyOrder(meetsAll, late, weakGerman);
        assertThat(items.get(0)).containsEntry("meetsEveryRequirement", true);
        assertThat((List<Map<String, Object>>) items.get(0).get("terms")).extracting(t -> t.get("term"))
                .containsExactly("skills", "language", "recognition", "availability");
        assertThat(shortlist.getBody().toString()).doesNotContain("email").doesNotContain("phone");

        TopicProbe.send("skills-recognition.events", meetsAll, Scenario.withdrawalEvent(meetsAll, schemeId, 4));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                (List<Map<String, Object>>) http().get("/job-orders/" + jobOrderId + "/shortlist",
                        employerToken(employerId)).getBody().get("items"))
                .extracting(i -> i.get("personId")).doesNotContain(meetsAll).hasSize(2));
    }

    @Test
    void a_candidate_withdrawn_on_the_topic_has_every_unanswered_offer_withdrawn_with_a_reason_that_reveals_nothing() {
        String schemeId = given().scheme();
        String first = given().employer();
        String second = given().employer();
        String firstOrder = given().openJobOrder(first, fairJobOrder(schemeId));
        String secondOrder = given().openJobOrder(second, fairJobOrder(schemeId));
        String worker = given().candidate(schemeId, "2027-06-01", "B1");
        String offerFromFirst = offer(firstOrder, first, worker);
        String offerFromSecond = offer(secondOrder, second, worker);
        String declined = offer(given().openJobOrder(second, fairJobOrder(schemeId)), second, worker);
        assertThat(http().post("/offers/" + declined + "/decline", null, TestTokens.worker(worker))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        TopicProbe.send("skills-recognition.events", worker, Scenario.withdrawalEvent(worker, schemeId, 4));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String[] offer : List.of(new String[]{offerFromFirst, first}, new String[]{offerFromSecond, second})) {
                Map<String, Object> seen = http().get("/offers/" + offer[0], employerToken(offer[1])).getBody();
                assertThat(seen).containsEntry("status", "WITHDRAWN");
                assertThat((String) seen.get("withdrawalReason")).startsWith("Withdrawn by the platform: the "
                        + "candidate is no longer available").contains("Choose another candidate");
                assertThat(seen.toString()).doesNotContain("CONSENT").doesNotContain("consent");
            }
            assertThat(http().get("/offers/" + declined, employerToken(second)).getBody())
                    .containsEntry("status", "DECLINED");
        });
        assertThat(http().post("/offers/" + offerFromFirst + "/accept", "{}", TestTokens.worker(worker))
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<Map> again = http().post("/job-orders/" + firstOrder + "/offers",
                "{\"personId\": \"" + worker + "\"}", employerToken(first));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(again.getBody().toString()).contains("personId");
    }

    private String offer(String jobOrderId, String employerId, String personId) {
        ResponseEntity<Map> offered = http().post("/job-orders/" + jobOrderId + "/offers",
                "{\"personId\": \"" + personId + "\"}", employerToken(employerId));
        assertThat(offered.getStatusCode()).as(String.valueOf(offered.getBody())).isEqualTo(HttpStatus.CREATED);
        return (String) offered.getBody().get("offerId");
    }

    @Test
    void another_employer_cannot_read_the_shortlist() {
        String schemeId = given().scheme();
        String owner = given().employer();
        String jobOrderId = given().openJobOrder(owner, fairJobOrder(schemeId));
        assertThat(http().get("/job-orders/" + jobOrderId + "/shortlist", employerToken(given().employer()))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void an_allocation_run_places_the_better_ranked_candidate_and_explains_the_other() {
        String schemeId = given().scheme();
        String employerId = given().employer();
        String jobOrderId = given().openJobOrder(employerId, fairJobOrder(schemeId)
                .replace("\"positions\": 2", "\"positions\": 1"));
        String strong = given().candidate(schemeId, "2027-06-01", "B2");
        String weak = given().candidate(schemeId, "2027-06-01", "A2");
        String body = "{\"jobOrderIds\": [\"" + jobOrderId + "\"]}";
        assertThat(http().put("/candidates/me/preferences", body, TestTokens.worker(strong)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(http().put("/candidates/me/preferences", body, TestTokens.worker(weak)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ResponseEntity<Map> run = http().post("/schemes/" + schemeId + "/allocation-runs", null, ADMIN);
            assertThat(run.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            String runId = (String) run.getBody().get("runId");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    http().get("/allocation-runs/" + runId + "/me", TestTokens.worker(strong)).getBody())
                    .containsEntry("jobOrderId", jobOrderId));
            assertThat((String) http().get("/allocation-runs/" + runId + "/me", TestTokens.worker(weak)).getBody()
                    .get("explanation")).contains(jobOrderId).contains("ranks higher");
        });
    }

    @Test
    void an_administrator_of_another_organisation_cannot_allocate_the_schemes_candidates() {
        String schemeId = given().scheme();
        assertThat(http().post("/schemes/" + schemeId + "/allocation-runs", null,
                TestTokens.bearer("admin-2", "SCHEME_ADMIN", "another-partnership", null)).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void a_preference_for_an_order_of_another_occupation_is_refused_naming_it() {
        String schemeId = given().scheme();
        String candidate = given().candidate(schemeId, "2027-06-01", "B1");
        ResponseEntity<Map> response = http().put("/candidates/me/preferences",
                "{\"jobOrderIds\": [\"jo-does-not-exist\"]}", TestTokens.worker(candidate));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) response.getBody().get("errors"))
                .anySatisfy(e -> assertThat(e).containsEntry("field", "jobOrderIds[0]"));
    }

    @Test
    void an_accepted_offer_is_a_placement_published_without_contact_and_the_employer_sees_what_was_shared() {
        String schemeId = given().scheme();
        String employerId = given().employer();
        String jobOrderId = given().openJobOrder(employerId, fairJobOrder(schemeId));
        String worker = given().candidate(schemeId, "2027-06-01", "B1");
        String otherWorker = given().candidate(schemeId, "2027-06-01", "B1");

        ResponseEntity<Map> offered = http().post("/job-orders/" + jobOrderId + "/offers",
                "{\"personId\": \"" + worker + "\"}", employerToken(employerId));
        assertThat(offered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String offerId = (String) offered.getBody().get("offerId");

        String accept = "{\"contact\": {\"email\": \"maria@example.org\"}}";
        assertThat(http().post("/offers/" + offerId + "/accept", accept, TestTokens.worker(otherWorker))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http().post("/offers/" + offerId + "/accept", accept, TestTokens.worker(worker))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ConsumerRecord<String, String> placement = TopicProbe.awaitPublished(offerId,
                "employer-matching.placement-agreed.v1").get(0);
        Contracts.requireValid(placement.value());
        assertThat(placement.value()).doesNotContain("maria@example.org").contains(worker).contains("\"PH\"");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                http().get("/offers/" + offerId, employerToken(employerId)).getBody()).containsEntry("status",
                "ACCEPTED"));
        assertThat(http().get("/placements/" + offerId + "/contact", employerToken(employerId)).getBody())
                .containsEntry("email", "maria@example.org").doesNotContainKey("phone");
        String intruder = given().employer();
        assertThat(http().get("/offers/" + offerId, employerToken(intruder)).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http().get("/placements/" + offerId + "/contact", employerToken(intruder)).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http().post("/offers/" + offerId + "/decline", null, TestTokens.worker(worker))
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void a_worse_signed_contract_is_flagged_and_published_and_a_reported_fee_is_owed_until_reimbursed() {
        String schemeId = given().scheme();
        String employerId = given().employer();
        String jobOrderId = given().openJobOrder(employerId, fairJobOrder(schemeId));
        String worker = given().candidate(schemeId, "2027-06-01", "B1");
        String offerId = offer(jobOrderId, employerId, worker);
        http().post("/offers/" + offerId + "/accept", "{}", TestTokens.worker(worker));

        String contract = """
                {"monthlyWage": {"amount": "2400.00", "currency": "EUR"}, "hoursPerWeek": 45, "contractMonths": 24,
                 "monthlyDeductions": {"amount": "350.00", "currency": "EUR"},
                 "housing": "provided: Furnished flat near the clinic", "signedOn": "2027-09-03"}""";
        assertThat(http().post("/placements/" + offerId + "/signed-contract", contract, TestTokens.worker(worker))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ConsumerRecord<String, String> flagged = TopicProbe.awaitPublished(offerId,
                "employer-matching.contract-substitution-detected.v1").get(0);
        Contracts.requireValid(flagged.value());
        assertThat(flagged.value()).contains("\"WAGE\"").contains("\"HOURS\"").doesNotContain("\"DURATION\"");

        ResponseEntity<Map> fee = http().post("/placements/" + offerId + "/fees",
                "{\"item\": \"agency fee\", \"amount\": {\"amount\": \"800.00\", \"currency\": \"EUR\"},"
                        + " \"paidOn\": \"2027-05-01\"}", TestTokens.worker(worker));
        assertThat(fee.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String feeId = (String) fee.getBody().get("feeId");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                (List<Map<String, Object>>) http().get("/owed-fees", employerToken(employerId)).getBody().get("items"))
                .extracting(p -> p.get("offerId")).containsExactly(offerId));
        assertThat((List<Map<String, Object>>) http().get("/owed-fees?schemeId=" + schemeId, ADMIN).getBody()
                .get("items")).extracting(p -> p.get("offerId")).containsExactly(offerId);
        assertThat(http().get("/owed-fees?schemeId=" + schemeId, OTHER_ADMIN).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<Map> unnamed = http().get("/owed-fees", ADMIN);
        assertThat(unnamed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unnamed.getBody().toString()).contains("schemeId");
        assertThat((List<?>) http().get("/owed-fees", employerToken(given().employer())).getBody().get("items"))
                .isEmpty();
        assertThat(http().post("/placements/" + offerId + "/fees/" + feeId + "/reimbursed", null,
                employerToken(employerId)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                http().get("/owed-fees", employerToken(employerId)).getBody()).containsEntry("total", 0));
    }

    @Test
    void a_placed_worker_changes_employer_and_the_change_is_published() {
        String schemeId = given().scheme();
        String first = given().employer();
        String second = given().employer();
        String firstOrder = given().openJobOrder(first, fairJobOrder(schemeId));
        String secondOrder = given().openJobOrder(second, fairJobOrder(schemeId));
        String worker = given().candidate(schemeId, "2027-06-01", "B1");
        String offerId = offer(firstOrder, first, worker);
        http().post("/offers/" + offerId + "/accept", "{}", TestTokens.worker(worker));

        assertThat(http().post("/placements/" + offerId + "/employer-change",
                "{\"newJobOrderId\": \"" + secondOrder + "\", \"effectiveFrom\": \"2028-04-01\"}",
                TestTokens.worker(worker)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ConsumerRecord<String, String> changed = TopicProbe.awaitPublished(offerId,
                "employer-matching.employer-changed.v1").get(0);
        Contracts.requireValid(changed.value());
        assertThat(changed.value()).contains(first).contains(second);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                http().get("/offers/" + offerId, employerToken(second)).getStatusCode()).isEqualTo(HttpStatus.OK));
    }

    @Test
    void a_monitor_sees_counts_of_five_or_more_and_smaller_ones_suppressed_with_no_gender() {
        String schemeId = given().scheme();
        for (int i = 0; i < 4; i++) {
            given().candidate(schemeId, "2027-06-01", "B1");
        }
        String monitor = TestTokens.bearer("m-1", "MONITOR", "monitoring", null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                (List<Map<String, Object>>) http().get("/counts/schemes/" + schemeId, monitor).getBody().get("cells"))
                .anySatisfy(c -> assertThat(c).containsEntry("measure", "candidatesAvailable")
                        .containsEntry("suppressed", true).doesNotContainKey("value")));
        given().candidate(schemeId, "2027-06-01", "B1");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> counts = http().get("/counts/schemes/" + schemeId, monitor).getBody();
            assertThat((List<Map<String, Object>>) counts.get("cells"))
                    .anySatisfy(c -> assertThat(c).containsEntry("measure", "candidatesAvailable")
                            .containsEntry("value", 5).containsEntry("suppressed", false));
            assertThat((String) counts.get("gender")).contains("not held");
        });
    }
}
