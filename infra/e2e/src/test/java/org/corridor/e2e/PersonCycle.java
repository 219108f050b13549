package org.corridor.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.e2e.Gateway.Answer;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One person's way through a Skills Mobility Partnership, each step taken at the gateway by the person whose work it
 * is, and each hand-over between services carried by a real integration event on Kafka: a scheme is defined; an
 * origin agency enrols the person; a training provider records an assessment; the destination recognises the
 * certificate (checked with the qualification authority); the person becomes a candidate an employer sees on its
 * shortlist, is offered the job and accepts; the placement opens a permit application that the consulate works
 * to issue (lodged with the immigration system); the permit ends and a return case opens at home; a grievance about
 * the employer, substantiated, suspends it in matching and its resolution lifts the suspension.
 */
final class PersonCycle {

    /** Every hand-over is asynchronous; on two busy cores a projection or a consumer may take a while. */
    static final Duration HAND_OVER = Duration.ofSeconds(90);

    /** The personal data the agency records; none of it may appear on a Kafka topic. */
    final String fullName = "Maria Santos Dela Paz " + UUID.randomUUID().toString().substring(0, 6);
    final String birthDate = "1994-03-17";
    final String phone = "+63 917 555 0142";
    final String email = "maria.delapaz." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
    final String passportNumber = "P" + (1_000_000 + (int) (Math.random() * 8_000_000)) + "B";

    private final Gateway gateway;
    private final PlatformTokens tokens;
    private final String admin;
    private final String employer;
    private final String employerId;
    private final String agency = "origin-agency-ph";
    private final String agencyToken;
    private final String provider;
    private final String officer;
    private final String consulate;
    private final String counsellor;

    String schemeId;
    String personId;
    String worker;
    String jobOrderId;
    String offerId;
    String applicationId;
    String grievanceId;

    PersonCycle(Gateway gateway, PlatformTokens tokens, String adminToken, String employerToken, String employerId) {
        this.gateway = gateway;
        this.tokens = tokens;
        this.admin = adminToken;
        this.employer = employerToken;
        this.employerId = employerId;
        this.agencyToken = tokens.token("clerk-e2e", "ORIGIN_AGENCY", agency, "PH", null);
        this.provider = tokens.token("trainer-e2e", "TRAINING_PROVIDER", "tesda-manila", "PH", null);
        this.officer = tokens.token("officer-e2e", "RECOGNITION_OFFICER", "authority-DE", "DE", null);
        this.consulate = tokens.token("consul-e2e", "CONSULATE", "de-embassy-manila", "DE", null);
        this.counsellor = tokens.token("counsellor-e2e", "COUNSELLOR", "reintegration-ph", "PH", null);
    }

    void defineScheme() throws Exception {
        schemeId = gateway.post("/api/skills-recognition/schemes", admin, """
                {"name": "Philippines-Germany care workers (whole cycle)",
                 "originCountry": "PH", "destinationCountry": "DE",
                 "trainingStandard": "Pflegefachassistenz, German B1",
                 "occupations": [{"iscoCode": "5321", "title": "Health care assistants",
                                  "monthlyWageFloor": {"amount": "2650.00", "currency": "EUR"},
                                  "requiredSkills": [{"skillCode": "care.basic", "label": "Basic care", "level": 3}]}],
                 "quotas": [{"track": "AWAY", "places": 120}, {"track": "HOME", "places": 80}],
                 "benchmarkWages": [{"iscoCode": "5321", "region": "DE-BY",
                                     "monthlyWage": {"amount": "2900.00", "currency": "EUR"}}]}
                """).expect(201).text("schemeId");
    }

    void enrolAndTrain() throws Exception {
        personId = gateway.post("/api/skills-recognition/trainees", agencyToken, """
                {"schemeId": "%s", "fullName": "%s", "birthDate": "%s", "phone": "%s", "email": "%s",
                 "gender": "FEMALE", "languages": [{"language": "de", "level": "B1"}], "track": "AWAY",
                 "iscoCode": "5321", "trainingProvider": "tesda-manila",
                 "consentPurposes": ["TRAINING", "RECOGNITION", "PLACEMENT"]}
                """.formatted(schemeId, fullName, birthDate, phone, email)).expect(201).text("personId");
        worker = tokens.worker(personId);
        await("the trainee's record").atMost(HAND_OVER).untilAsserted(() ->
                gateway.get("/api/skills-recognition/trainees/" + personId, agencyToken).expect(200));
        gateway.post("/api/skills-recognition/trainees/" + personId + "/assessments", provider, """
                {"skillCode": "care.basic", "level": 3, "assessor": "R. Bautista", "assessedOn": "%s",
                 "evidenceReference": "tesda-manila/assessments/e2e"}""".formatted(LocalDate.now(ZoneOffset.UTC)))
                .expect(202);
    }

    void recognise() throws Exception {
        String caseId = gateway.post("/api/skills-recognition/recognition-cases", worker, """
                {"personId": "%s", "certificate": {"number": "NCII-E2E-%s", "issuer": "TESDA",
                 "title": "Caregiving NC II", "issuedOn": "2026-10-30"}}""".formatted(personId,
                personId.substring(0, 8))).expect(201).text("caseId");
        await("the certificate checked with the qualification authority").atMost(HAND_OVER).untilAsserted(() ->
                assertThat(gateway.get("/api/skills-recognition/recognition-cases/" + caseId, officer).expect(200)
                        .text("status")).isEqualTo("AWAITING_DECISION"));
        gateway.post("/api/skills-recognition/recognition-cases/" + caseId + "/decision", officer,
                "{\"outcome\": \"FULL\"}").expect(202);
    }

    void placeWithTheEmployer() throws Exception {
        await("the scheme's terms in employer-matching").atMost(HAND_OVER).untilAsserted(() ->
                gateway.get("/api/employer-matching/schemes/" + schemeId, employer).expect(200));
        Answer registered = gateway.post("/api/employer-matching/employers", employer, """
                {"legalName": "Klinikum Nord GmbH", "registrationNumber": "HRB 123456", "country": "DE",
                 "sector": "Hospitals", "contact": {"name": "A. Schmidt", "email": "hr@klinikum-nord.example"}}""");
        assertThat(registered.status()).as(registered.body()).isIn(201, 409);
        awaitEmployerStatus("ACTIVE");
        jobOrderId = gateway.post("/api/employer-matching/job-orders", employer, jobOrder())
                .expect(201).text("jobOrderId");

        await("the recognised person on the employer's shortlist").atMost(HAND_OVER).untilAsserted(() -> {
            Answer shortlist = gateway.get("/api/employer-matching/job-orders/" + jobOrderId + "/shortlist",
                    employer).expect(200);
            JsonNode entry = StreamSupport.stream(shortlist.json().get("items").spliterator(), false)
                    .filter(item -> item.path("personId").asText().equals(personId)).findFirst().orElse(null);
            assertThat(entry).as("shortlist %s", shortlist.body()).isNotNull();
            assertThat(entry.path("meetsEveryRequirement").asBoolean()).as(entry.toString()).isTrue();
            // What the employer sees holds nothing that identifies or reaches the person.
            assertThat(shortlist.body()).doesNotContain(fullName).doesNotContain(email).doesNotContain(phone)
                    .doesNotContain(birthDate);
        });

        offerId = gateway.post("/api/employer-matching/job-orders/" + jobOrderId + "/offers", employer,
                "{\"personId\": \"" + personId + "\"}").expect(201).text("offerId");
        gateway.post("/api/employer-matching/offers/" + offerId + "/accept", worker,
                "{\"contact\": {\"email\": \"" + email + "\"}}").expect(204);
        await("the contact the worker chose to share").atMost(HAND_OVER).untilAsserted(() ->
                assertThat(gateway.get("/api/employer-matching/placements/" + offerId + "/contact", employer)
                        .expect(200).text("email")).isEqualTo(email));
    }

    void obtainThePermit(ExternalSystems external) throws Exception {
        await("the permit application the placement opened").atMost(HAND_OVER).untilAsserted(() -> {
            Answer mine = gateway.get("/api/visa-permit-tracking/my/applications", worker).expect(200);
            assertThat(mine.json().path("items")).as(mine.body()).hasSize(1);
            applicationId = mine.json().path("items").get(0).path("applicationId").asText();
        });
        gateway.put("/api/visa-permit-tracking/applications/" + applicationId + "/personal-details", worker, """
                {"passportNumber": "%s", "nationality": "PH", "birthDate": "%s", "gender": "FEMALE"}"""
                .formatted(passportNumber, birthDate)).expect(204);
        for (String document : new String[]{"PASSPORT_COPY", "EMPLOYMENT_CONTRACT", "RECOGNITION_DECISION",
                "MEDICAL_CERTIFICATE", "POLICE_CLEARANCE"}) {
            String path = "/api/visa-permit-tracking/applications/" + applicationId + "/documents/" + document;
            gateway.post(path + "/receipt", consulate, null).expect(204);
            gateway.post(path + "/verification", consulate, null).expect(204);
        }
        gateway.post("/api/visa-permit-tracking/applications/" + applicationId + "/lodgement", consulate, null)
                .expect(202);
        awaitApplicationStatus("LODGED");
        assertThat(external.lodgements()).as("cases lodged with the immigration system").isEqualTo(1);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        gateway.post(application("approval"), consulate, "{\"validFrom\": \"" + today + "\", \"validUntil\": \""
                + today.plusYears(2) + "\"}").expect(204);
        gateway.post(application("issue"), consulate, "{\"permitNumber\": \"DE-SW-E2E\"}").expect(204);
        awaitApplicationStatus("ISSUED");
    }

    void comeHome() throws Exception {
        gateway.post(application("end"), consulate, "{\"reason\": \"WORKER_DEPARTED\", \"endedOn\": \""
                + LocalDate.now(ZoneOffset.UTC) + "\"}").expect(204);
        await("the return case the permit's end opened").atMost(HAND_OVER).untilAsserted(() -> {
            Answer mine = gateway.get("/api/return-reintegration/return-cases/mine", worker).expect(200);
            assertThat(mine.json().path("items")).as(mine.body()).hasSize(1);
        });
        // A counsellor of the person's home country has it in the caseload.
        await("the case in the counsellor's caseload").atMost(HAND_OVER).untilAsserted(() ->
                assertThat(gateway.get("/api/return-reintegration/return-cases", counsellor).expect(200)
                        .body()).contains(personId));
    }

    void grieveAgainstTheEmployer() throws Exception {
        LocalDate end = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        grievanceId = gateway.post("/api/return-reintegration/grievances", worker, """
                {"respondent": {"kind": "EMPLOYER", "respondentId": "%s"}, "homeCountry": "PH",
                 "schemeId": "%s", "kind": "UNPAID_WAGES", "period": {"from": "%s", "to": "%s"},
                 "amountClaimed": {"amount": "7200.00", "currency": "EUR"},
                 "evidenceReferences": ["payslips:e2e"], "answerLanguage": "tl",
                 "anonymousTowardsEmployer": true,
                 "account": "No wages paid for the last three months."}""".formatted(employerId, schemeId,
                end.minusMonths(3), end)).expect(201).text("grievanceId");
        String grievance = "/api/return-reintegration/grievances/" + grievanceId;
        await("the grievance in the counsellor's hands").atMost(HAND_OVER).untilAsserted(() ->
                gateway.get(grievance, counsellor).expect(200));
        gateway.post(grievance + "/triage", counsellor, "{\"priority\": \"HIGH\"}").expect(200);
        gateway.post(grievance + "/investigation", counsellor, "{\"plan\": \"ask for payroll\"}").expect(200);
        gateway.post(grievance + "/substantiation", counsellor,
                "{\"reasons\": [\"Payroll shows no wages paid for three months\"]}").expect(200);
        awaitEmployerStatus("SUSPENDED");
        // The employer learns why, but not who filed it.
        Answer suspended = gateway.get("/api/employer-matching/employers/" + employerId, employer).expect(200);
        assertThat(suspended.body()).doesNotContain(personId).doesNotContain(fullName);
        // Only an active employer opens job orders: the refusal names the suspension.
        Answer refused = gateway.post("/api/employer-matching/job-orders", employer, jobOrder());
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("employerId");

        gateway.post(grievance + "/recoveries", counsellor, "{\"amount\": {\"amount\": \"7200.00\", \"currency\": \"EUR\"}}")
                .expect(200);
        gateway.post(grievance + "/resolution", counsellor, "{\"resolution\": \"Wages paid in full\"}").expect(200);
        awaitEmployerStatus("ACTIVE");
    }

    private void awaitEmployerStatus(String status) {
        await("employer " + employerId + " " + status).atMost(HAND_OVER).untilAsserted(() ->
                assertThat(gateway.get("/api/employer-matching/employers/" + employerId, employer).expect(200)
                        .text("status")).isEqualTo(status));
    }

    private void awaitApplicationStatus(String status) {
        await("permit application " + status).atMost(HAND_OVER).untilAsserted(() ->
                assertThat(gateway.get("/api/visa-permit-tracking/applications/" + applicationId, consulate)
                        .expect(200).text("status")).isEqualTo(status));
    }

    private String application(String action) {
        return "/api/visa-permit-tracking/applications/" + applicationId + "/" + action;
    }

    private String jobOrder() {
        return """
                {"schemeId": "%s", "iscoCode": "5321", "positions": 2,
                 "requiredSkills": [{"skillCode": "care.basic", "level": 3}],
                 "language": {"language": "de", "level": "B1"},
                 "monthlyWage": {"amount": "2950.00", "currency": "EUR"}, "hoursPerWeek": 38.5, "contractMonths": 24,
                 "location": {"city": "Munich", "region": "DE-BY"},
                 "housing": {"provided": true, "description": "Furnished flat near the clinic",
                             "monthlyCostToWorker": {"amount": "350.00", "currency": "EUR"}},
                 "recruitmentCosts": [{"item": "visa fee", "amount": {"amount": "75.00", "currency": "EUR"},
                                       "paidBy": "EMPLOYER"}],
                 "startDate": "%s"}""".formatted(schemeId, LocalDate.now(ZoneOffset.UTC).plusMonths(6));
    }
}
