package org.corridor.skills.trainee;

import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.kernel.testing.TestTokens;
import org.corridor.skills.Api;
import org.corridor.skills.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@CorridorServiceTest
class TrainingRecordHttpTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void the_assigned_provider_records_modules_and_assessments_which_the_agency_and_the_person_read() {
        Api api = new Api(http);
        String schemeId = (String) api.post("/schemes", TraineeEnrolmentHttpTest.SCHEME.formatted(10),
                TestTokens.schemeAdmin()).getBody().get("schemeId");
        String personId = (String) api.post("/trainees", TraineeEnrolmentHttpTest.person(schemeId,
                "Trained " + UUID.randomUUID(), "1993-08-08", "AWAY"), Tokens.manilaAgency()).getBody().get("personId");

        assertThat(api.post("/trainees/" + personId + "/modules",
                "{\"moduleCode\": \"CARE-101\", \"title\": \"Basic care\", \"completedOn\": \"2026-11-15\"}",
                Tokens.provider("tesda-manila")).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(api.post("/trainees/" + personId + "/assessments", """
                {"skillCode": "care.basic", "level": 3, "assessor": "R. Bautista", "assessedOn": "2026-11-20",
                 "evidenceReference": "tesda-manila/assessments/0042"}""", Tokens.provider("tesda-manila"))
                .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        ResponseEntity<Map> stranger = api.post("/trainees/" + personId + "/modules",
                "{\"moduleCode\": \"CARE-102\", \"title\": \"More care\", \"completedOn\": \"2026-11-15\"}",
                Tokens.provider("another-school"));
        assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(stranger.getBody()).containsEntry("rule", "recorded-by-the-assigned-provider");
        ResponseEntity<Map> level = api.post("/trainees/" + personId + "/assessments", """
                {"skillCode": "care.basic", "level": 7, "assessor": "R. Bautista", "assessedOn": "2026-11-20"}""",
                Tokens.provider("tesda-manila"));
        assertThat(level.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<String, Object> record = api.get("/trainees/" + personId + "/training", Tokens.worker(personId)).getBody();
            assertThat((List<Map<String, Object>>) record.get("modules")).extracting(m -> m.get("moduleCode"))
                    .containsExactly("CARE-101");
            assertThat((List<Map<String, Object>>) record.get("assessments")).singleElement()
                    .satisfies(a -> assertThat(a).containsEntry("level", 3).containsEntry("assessor", "R. Bautista"));
        });
        assertThat(api.get("/trainees/" + personId + "/training", Tokens.manilaAgency()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(api.get("/trainees/" + personId + "/training", Tokens.provider("another-school")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }
}
