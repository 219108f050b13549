package org.corridor.matching;

import org.corridor.contracts.Contracts;
import org.corridor.kernel.testing.TestTokens;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Sets up what a test needs through the service's real entry points: topics and HTTP. */
public record Scenario(Http http) {

    public static final String REGISTRATION = """
            {"legalName": "Klinikum Nord GmbH", "registrationNumber": "HRB 123456", "country": "DE",
             "sector": "Hospitals", "contact": {"name": "A. Schmidt", "email": "hr@klinikum-nord.de"}}""";

    public static String fairJobOrder(String schemeId) {
        return """
                {"schemeId": "%s", "iscoCode": "5321", "positions": 2,
                 "requiredSkills": [{"skillCode": "care.basic-nursing", "level": 3}],
                 "language": {"language": "de", "level": "B1"},
                 "monthlyWage": {"amount": "2950.00", "currency": "EUR"}, "hoursPerWeek": 38.5, "contractMonths": 24,
                 "location": {"city": "Munich", "region": "DE-BY"},
                 "housing": {"provided": true, "description": "Furnished flat near the clinic",
                             "monthlyCostToWorker": {"amount": "350.00", "currency": "EUR"}},
                 "recruitmentCosts": [{"item": "visa fee", "amount": {"amount": "75.00", "currency": "EUR"},
                                       "paidBy": "EMPLOYER"}],
                 "startDate": "2027-09-01"}""".formatted(schemeId);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String employerToken(String org) {
        return TestTokens.bearer("hr-" + org, "EMPLOYER", org, "DE");
    }

    /** A scheme as skills-recognition publishes it (the contract example under a new id), once readable here. */
    public String scheme() {
        String schemeId = unique("scheme");
        String json = Contracts.example("skills-recognition.scheme-defined.v1")
                .replace("0b6f7e0c-3d2a-4f6b-9c1e-5a4d3b2c1f00", schemeId)
                .replace("5f0c2a4e-8b1d-4c39-9a57-0e7d9c1b2a31", UUID.randomUUID().toString());
        Contracts.requireValid(json);
        TopicProbe.send("skills-recognition.events", schemeId, json);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                http.get("/schemes/" + schemeId, employerToken("any")).getStatusCode()).isEqualTo(HttpStatus.OK));
        return schemeId;
    }

    /** A candidate as skills-recognition publishes it (the contract example for this person and scheme). */
    public static String candidateEvent(String personId, String schemeId, int version, String availableFrom,
                                        String germanLevel) {
        String json = Contracts.example("skills-recognition.candidate-available.v1")
                .replace("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", personId)
                .replace("0b6f7e0c-3d2a-4f6b-9c1e-5a4d3b2c1f00", schemeId)
                .replace("\"aggregateVersion\": 3", "\"aggregateVersion\": " + version)
                .replace("2027-06-01", availableFrom)
                .replace("\"language\": \"de\",\n        \"level\": \"B1\"",
                        "\"language\": \"de\",\n        \"level\": \"" + germanLevel + "\"")
                .replaceFirst("\"eventId\": \"[^\"]+\"", "\"eventId\": \"" + UUID.randomUUID() + "\"");
        Contracts.requireValid(json);
        return json;
    }

    public static String withdrawalEvent(String personId, String schemeId, int version) {
        String json = Contracts.example("skills-recognition.candidate-withdrawn.v1")
                .replace("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", personId)
                .replace("0b6f7e0c-3d2a-4f6b-9c1e-5a4d3b2c1f00", schemeId)
                .replace("\"aggregateVersion\": 3", "\"aggregateVersion\": " + version)
                .replaceFirst("\"eventId\": \"[^\"]+\"", "\"eventId\": \"" + UUID.randomUUID() + "\"");
        Contracts.requireValid(json);
        return json;
    }

    /** A candidate in the pool, once the worker can read itself there. */
    public String candidate(String schemeId, String availableFrom, String germanLevel) {
        String personId = UUID.randomUUID().toString();
        TopicProbe.send("skills-recognition.events", personId,
                candidateEvent(personId, schemeId, 3, availableFrom, germanLevel));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                http.get("/candidates/me", TestTokens.worker(personId)).getStatusCode()).isEqualTo(HttpStatus.OK));
        return personId;
    }

    /** A registered, active employer; returns its id (the organisation of its token). */
    public String employer() {
        String org = unique("emp");
        assertThat(http.post("/employers", REGISTRATION, employerToken(org)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                http.get("/employers/" + org, employerToken(org)).getStatusCode()).isEqualTo(HttpStatus.OK));
        return org;
    }

    /** An open job order of the employer under the scheme, once readable. */
    public String openJobOrder(String employerId, String body) {
        ResponseEntity<Map> opened = http.post("/job-orders", body, employerToken(employerId));
        assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.CREATED);
        String jobOrderId = (String) opened.getBody().get("jobOrderId");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                http.get("/job-orders/" + jobOrderId, employerToken(employerId)).getStatusCode())
                .isEqualTo(HttpStatus.OK));
        return jobOrderId;
    }
}
