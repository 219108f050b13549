package org.corridor.matching.matching;

import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.kernel.testing.TestTokens;
import org.corridor.matching.Http;
import org.corridor.matching.Scenario;
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

/** The read side page by page, the remaining commands, and bad input refused naming the field. */
@CorridorServiceTest
class ReadSideHttpTest {

    static final String ADMIN = TestTokens.bearer("admin-1", "SCHEME_ADMIN", "ph-de-partnership-office", null);
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
    void a_scheme_administrator_lists_the_employers_with_job_orders_under_its_scheme_a_page_at_a_time() {
        String schemeId = given().scheme();
        String first = given().employer();
        String second = given().employer();
        String elsewhere = given().employer();
        given().openJobOrder(first, Scenario.fairJobOrder(schemeId));
        given().openJobOrder(second, Scenario.fairJobOrder(schemeId));
        given().openJobOrder(second, Scenario.fairJobOrder(schemeId));
        given().openJobOrder(elsewhere, Scenario.fairJobOrder(given().scheme()));

        ResponseEntity<Map> page = http().get("/employers?schemeId=" + schemeId + "&page=0&size=1", ADMIN);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).containsEntry("total", 2);
        assertThat((List<Map<String, Object>>) page.getBody().get("items")).singleElement()
                .satisfies(e -> assertThat(e.get("employerId")).isEqualTo(first.compareTo(second) < 0 ? first : second));
        assertThat((List<Map<String, Object>>) http().get("/employers?schemeId=" + schemeId + "&page=0&size=20",
                ADMIN).getBody().get("items")).extracting(e -> e.get("employerId"))
                .containsExactlyInAnyOrder(first, second);
        assertThat(http().get("/employers?schemeId=" + schemeId + "&size=500", ADMIN).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<Map> unnamed = http().get("/employers", ADMIN);
        assertThat(unnamed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unnamed.getBody().toString()).contains("schemeId");
    }

    @Test
    void an_administrator_of_another_partnership_sees_neither_the_schemes_employers_nor_any_of_them() {
        String schemeId = given().scheme();
        String employer = given().employer();
        given().openJobOrder(employer, Scenario.fairJobOrder(schemeId));
        String withoutOrders = given().employer();

        assertThat(http().get("/employers/" + employer, ADMIN).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http().get("/employers/" + employer, OTHER_ADMIN).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http().get("/employers?schemeId=" + schemeId, OTHER_ADMIN).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http().get("/employers/" + withoutOrders, ADMIN).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http().get("/employers/" + employer, employerToken(withoutOrders)).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void a_worker_sees_the_open_orders_it_may_list_and_its_own_offers() {
        String schemeId = given().scheme();
        String employerId = given().employer();
        String jobOrderId = given().openJobOrder(employerId, fairJobOrder(schemeId));
        String worker = given().candidate(schemeId, "2027-06-01", "B1");
        assertThat((List<Map<String, Object>>) http().get("/candidates/me/eligible-job-orders",
                TestTokens.worker(worker)).getBody().get("items"))
                .extracting(o -> o.get("jobOrderId")).containsExactly(jobOrderId);

        String offerId = (String) http().post("/job-orders/" + jobOrderId + "/offers",
                "{\"personId\": \"" + worker + "\"}", employerToken(employerId)).getBody().get("offerId");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                (List<Map<String, Object>>) http().get("/offers?status=OFFERED", TestTokens.worker(worker)).getBody()
                        .get("items")).extracting(o -> o.get("offerId")).containsExactly(offerId));
        assertThat(http().get("/offers", TestTokens.worker("someone-else")).getBody()).containsEntry("total", 0);
    }

    @Test
    void an_employer_withdraws_an_unanswered_offer_and_the_worker_can_no_longer_accept_it() {
        String schemeId = given().scheme();
        String employerId = given().employer();
        String jobOrderId = given().openJobOrder(employerId, fairJobOrder(schemeId));
        String worker = given().candidate(schemeId, "2027-06-01", "B1");
        String offerId = (String) http().post("/job-orders/" + jobOrderId + "/offers",
                "{\"personId\": \"" + worker + "\"}", employerToken(employerId)).getBody().get("offerId");
        assertThat(http().post("/offers/" + offerId + "/withdraw", "{\"reason\": \"position cut\"}",
                employerToken(employerId)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<Map> accept = http().post("/offers/" + offerId + "/accept", "{}", TestTokens.worker(worker));
        assertThat(accept.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(accept.getBody()).containsEntry("field", "status");
    }

    @Test
    void an_administrator_reads_a_run_with_its_inputs_and_tie_break() {
        String schemeId = given().scheme();
        ResponseEntity<Map> run = http().post("/schemes/" + schemeId + "/allocation-runs", null, ADMIN);
        String runId = (String) run.getBody().get("runId");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ResponseEntity<Map> read = http().get("/allocation-runs/" + runId, ADMIN);
            assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(read.getBody()).containsEntry("schemeId", schemeId).containsEntry("ranBy", "admin-1");
            assertThat((String) read.getBody().get("tieBreak")).contains("lower person id");
        });
    }

    @Test
    void an_offer_without_a_person_is_refused_naming_the_field() {
        assertProblem(http().post("/job-orders/jo-x/offers", "{}", employerToken("emp-x")), "personId");
    }

    @Test
    void a_signed_contract_without_its_wage_is_refused_naming_the_field() {
        assertProblem(http().post("/placements/of-x/signed-contract", """
                {"hoursPerWeek": 40, "contractMonths": 24,
                 "monthlyDeductions": {"amount": "0", "currency": "EUR"}, "housing": "none",
                 "signedOn": "2027-09-03"}""", TestTokens.worker("p-x")), "monthlyWage");
    }

    @Test
    void a_fee_with_a_negative_amount_is_refused_naming_the_field() {
        ResponseEntity<Map> response = http().post("/placements/of-x/fees",
                "{\"item\": \"agency fee\", \"amount\": {\"amount\": \"-5\", \"currency\": \"EUR\"},"
                        + " \"paidOn\": \"2027-05-01\"}", TestTokens.worker("p-x"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().toString()).contains("amount");
    }

    @Test
    void preferences_without_a_list_are_refused_naming_the_field() {
        assertProblem(http().put("/candidates/me/preferences", "{}", TestTokens.worker("p-x")), "jobOrderIds");
    }

    @Test
    void an_employer_change_without_its_date_is_refused_naming_the_field() {
        assertProblem(http().post("/placements/of-x/employer-change", "{\"newJobOrderId\": \"jo-1\"}",
                TestTokens.worker("p-x")), "effectiveFrom");
    }

    private static void assertProblem(ResponseEntity<Map> response, String field) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("type", "urn:corridor:problem:invalid-input");
        assertThat((List<Map<String, Object>>) response.getBody().get("errors"))
                .anySatisfy(e -> assertThat(e).containsEntry("field", field));
    }
}
