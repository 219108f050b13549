package org.corridor.matching.joborder;

import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.kernel.testing.TestTokens;
import org.corridor.matching.Http;
import org.corridor.matching.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.corridor.matching.Scenario.employerToken;
import static org.corridor.matching.Scenario.fairJobOrder;

@CorridorServiceTest
class JobOrderHttpTest {

    @Autowired
    TestRestTemplate rest;

    Http http() {
        return new Http(rest);
    }

    Scenario given() {
        return new Scenario(http());
    }

    @Test
    void a_fair_job_order_opens_and_its_employer_reads_it() {
        String schemeId = given().scheme();
        String employerId = given().employer();
        String jobOrderId = given().openJobOrder(employerId, fairJobOrder(schemeId));
        ResponseEntity<Map> read = http().get("/job-orders/" + jobOrderId, employerToken(employerId));
        assertThat(read.getBody()).containsEntry("status", "OPEN").containsEntry("employerId", employerId);
    }

    @Test
    void a_fee_charged_to_the_worker_is_refused_with_its_rule_and_the_refusal_is_kept() {
        String schemeId = given().scheme();
        String employerId = given().employer();
        ResponseEntity<Map> refused = http().post("/job-orders", fairJobOrder(schemeId)
                .replace("\"paidBy\": \"EMPLOYER\"", "\"paidBy\": \"WORKER\""), employerToken(employerId));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody()).containsEntry("type", "urn:corridor:problem:fair-recruitment-refused");
        assertThat((List<Map<String, Object>>) refused.getBody().get("breaches")).singleElement()
                .satisfies(b -> assertThat(b).containsEntry("rule", "employer-pays-principle")
                        .containsEntry("field", "recruitmentCosts[0].paidBy"));
        String jobOrderId = (String) refused.getBody().get("jobOrderId");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ResponseEntity<Map> read = http().get("/job-orders/" + jobOrderId, employerToken(employerId));
            assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(read.getBody()).containsEntry("status", "REFUSED");
            assertThat((List<?>) read.getBody().get("lastRefusal")).hasSize(1);
        });
    }

    @Test
    void a_wage_above_the_floor_but_below_the_regions_benchmark_is_refused_for_equal_treatment() {
        String schemeId = given().scheme();
        String employerId = given().employer();
        ResponseEntity<Map> refused = http().post("/job-orders", fairJobOrder(schemeId)
                .replace("\"amount\": \"2950.00\"", "\"amount\": \"2899.99\""), employerToken(employerId));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat((List<Map<String, Object>>) refused.getBody().get("breaches")).singleElement()
                .satisfies(b -> assertThat(b).containsEntry("rule", "equal-treatment-wage"));
    }

    @Test
    void positions_beyond_the_intake_years_away_places_are_refused() {
        String schemeId = given().scheme();
        String employerId = given().employer();
        ResponseEntity<Map> refused = http().post("/job-orders", fairJobOrder(schemeId)
                .replace("\"positions\": 2", "\"positions\": 121"), employerToken(employerId));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat((List<Map<String, Object>>) refused.getBody().get("breaches")).singleElement()
                .satisfies(b -> assertThat(b).containsEntry("rule", "scheme-quota").containsEntry("field", "positions"));
    }

    @Test
    void a_refused_order_amended_to_the_rules_opens() {
        String schemeId = given().scheme();
        String employerId = given().employer();
        ResponseEntity<Map> refused = http().post("/job-orders", fairJobOrder(schemeId)
                .replace("\"amount\": \"2950.00\"", "\"amount\": \"2000.00\""), employerToken(employerId));
        String jobOrderId = (String) refused.getBody().get("jobOrderId");
        ResponseEntity<Map> amended = http().put("/job-orders/" + jobOrderId, fairJobOrder(schemeId),
                employerToken(employerId));
        assertThat(amended.getStatusCode()).isEqualTo(HttpStatus.OK);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                http().get("/job-orders/" + jobOrderId, employerToken(employerId)).getBody())
                .containsEntry("status", "OPEN"));
    }

    @Test
    void an_employer_cannot_read_or_close_another_employers_job_order() {
        String schemeId = given().scheme();
        String owner = given().employer();
        String jobOrderId = given().openJobOrder(owner, fairJobOrder(schemeId));
        String intruder = given().employer();
        assertThat(http().get("/job-orders/" + jobOrderId, employerToken(intruder)).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http().post("/job-orders/" + jobOrderId + "/close", null, employerToken(intruder))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http().get("/job-orders", employerToken(intruder)).getBody()).containsEntry("total", 0);
    }

    @Test
    void an_order_is_paused_filled_and_closed_by_its_employer() {
        String schemeId = given().scheme();
        String employerId = given().employer();
        String jobOrderId = given().openJobOrder(employerId, fairJobOrder(schemeId));
        assertThat(http().post("/job-orders/" + jobOrderId + "/pause", "{\"reason\": \"winter\"}",
                employerToken(employerId)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(http().post("/job-orders/" + jobOrderId + "/fill", null, employerToken(employerId))
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(http().post("/job-orders/" + jobOrderId + "/resume", null, employerToken(employerId))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(http().post("/job-orders/" + jobOrderId + "/close", null, employerToken(employerId))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                http().get("/job-orders/" + jobOrderId, employerToken(employerId)).getBody())
                .containsEntry("status", "CLOSED"));
    }

    @Test
    void a_job_order_with_no_positions_is_refused_as_bad_input_naming_the_field() {
        ResponseEntity<Map> response = http().post("/job-orders",
                fairJobOrder("scheme-x").replace("\"positions\": 2", "\"positions\": 0"), employerToken("emp-x"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) response.getBody().get("errors"))
                .anySatisfy(e -> assertThat(e).containsEntry("field", "positions"));
    }

    @Test
    void only_an_employer_opens_job_orders() {
        ResponseEntity<Map> response = http().post("/job-orders", "{}",
                TestTokens.bearer("w-1", "WORKER", "workers", "PH"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
