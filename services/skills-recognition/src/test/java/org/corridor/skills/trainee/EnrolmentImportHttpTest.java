package org.corridor.skills.trainee;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.kernel.testing.TestTokens;
import org.corridor.skills.Api;
import org.corridor.skills.Tokens;
import org.corridor.skills.trainee.api.ActivationCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@CorridorServiceTest
class EnrolmentImportHttpTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    Api api() {
        return new Api(http);
    }

    ResponseEntity<Map> upload(String schemeId, byte[] csv, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        headers.set(HttpHeaders.AUTHORIZATION, token);
        return http.exchange("/schemes/" + schemeId + "/enrolment-imports", HttpMethod.POST,
                new HttpEntity<>(csv, headers), Map.class);
    }

    Map<String, Object> finished(String location, String query) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api().get(location, Tokens.manilaAgency())
                .getBody()).containsEntry("finished", true));
        return api().get(location + query, Tokens.manilaAgency()).getBody();
    }

    @Test
    void an_upload_is_answered_at_once_and_the_import_shows_what_became_of_each_row_and_a_second_upload_enrols_nobody_twice() {
        String schemeId = (String) api().post("/schemes", TraineeEnrolmentHttpTest.SCHEME.formatted(50),
                TestTokens.schemeAdmin()).getBody().get("schemeId");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String csv = """
                fullName;birthDate;track;languages;consent
                "Santos; Maria %1$s";1998-04-17;AWAY;de:A2;TRAINING PLACEMENT
                محمد عبد الله %1$s;1995-11-02;HOME;;TRAINING
                "Broken date %1$s";31/12/1990;AWAY;;TRAINING
                "No track %1$s";1990-12-31;;;TRAINING
                李小龍 %1$s;1990-11-27;HOME;;TRAINING
                """.formatted(run);

        ResponseEntity<Map> received = upload(schemeId, BulkEnrolmentHttpTest.withBom(csv), Tokens.manilaAgency());
        assertThat(received.getStatusCode()).as("%s", received.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        String importId = (String) received.getBody().get("importId");
        String location = received.getHeaders().getLocation().getPath();
        assertThat(location).isEqualTo("/enrolment-imports/" + importId).isEqualTo(received.getBody().get("location"));

        Map<String, Object> first = finished(location, "");
        assertThat(first).containsEntry("status", "FINISHED").containsEntry("schemeId", schemeId)
                .containsEntry("rowsRead", 5).containsEntry("enrolled", 3).containsEntry("refused", 2)
                .containsEntry("alreadyEnrolled", 0);
        Map<String, Object> refusedRows = (Map<String, Object>) first.get("rows");
        assertThat(refusedRows).containsEntry("total", 2);
        assertThat((List<Map<String, Object>>) refusedRows.get("items"))
                .extracting(r -> r.get("line") + ":" + ((List<Map<String, Object>>) r.get("problems")).get(0).get("field"))
                .containsExactly("4:birthDate", "5:track");
        assertThat(finished(location, "?size=0")).as("the figures alone, to follow an import")
                .containsEntry("rowsRead", 5).containsEntry("enrolled", 3).containsEntry("refused", 2)
                .extractingByKey("rows").isNull();
        Map<String, Object> onePage = (Map<String, Object>) finished(location, "?rows=ENROLLED&page=1&size=2").get("rows");
        assertThat(onePage).containsEntry("total", 3).containsEntry("page", 1);
        assertThat((List<?>) onePage.get("items")).hasSize(1);

        Map<String, Object> letters = api().get(location + "/activation-letters", Tokens.manilaAgency()).getBody();
        List<Map<String, Object>> items = (List<Map<String, Object>>) letters.get("items");
        assertThat(items).hasSize(3).extracting(l -> l.get("line")).containsExactly(2, 3, 6);
        assertThat(items).allSatisfy(l -> assertThat(l).containsEntry("state", "VALID")
                .satisfies(x -> assertThat((String) x.get("activationCode")).matches("[0-9A-HJKMNP-TV-Z]{16}")));
        Map<String, Object> maria = items.get(0);
        String personId = (String) maria.get("personId");
        ConsumerRecord<String, String> issued = WorkerActivationHttpTest.activations(personId, 1).get(0);
        assertThat(issued.value()).contains(new ActivationCode((String) maria.get("activationCode")).digest())
                .doesNotContain((String) maria.get("activationCode"));

        ResponseEntity<Map> again = upload(schemeId, csv.getBytes(StandardCharsets.UTF_8), Tokens.manilaAgency());
        Map<String, Object> second = finished(again.getHeaders().getLocation().getPath(), "?rows=ALREADY_ENROLLED");
        assertThat(second).containsEntry("enrolled", 0).containsEntry("alreadyEnrolled", 3).containsEntry("refused", 2);
        assertThat((List<Map<String, Object>>) ((Map<String, Object>) second.get("rows")).get("items"))
                .extracting(r -> r.get("personId")).contains(personId);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(api().get("/trainees?schemeId="
                + schemeId, Tokens.manilaAgency()).getBody()).containsEntry("total", 3));

        assertThat(api().post("/trainees/" + personId + "/activations", "", Tokens.manilaAgency()).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(((List<Map<String, Object>>) api().get(location + "/activation-letters", Tokens.manilaAgency())
                .getBody().get("items")).get(0)).containsEntry("state", "REPLACED").extractingByKey("activationCode").isNull();
        String other = (String) items.get(1).get("personId");
        assertThat(api().post("/trainees/" + other + "/erasure", "", Tokens.manilaAgency()).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(((List<Map<String, Object>>) api()
                .get(location + "/activation-letters", Tokens.manilaAgency()).getBody().get("items")).get(1))
                .containsEntry("state", "ERASED").extractingByKey("activationCode").isNull());
        // the endpoint takes the erasure path of identity's requests: the sealed code itself is gone, not only its key
        assertThat(mongo.getCollection("enrolment-import-rows").find(new org.bson.Document("personId", other)
                        .append("outcome", "ENROLLED"))
                .into(new java.util.ArrayList<>())).isNotEmpty()
                .allSatisfy(row -> assertThat(row).doesNotContainKey("letter").containsKey("erasedAt"));
    }

    @Test
    void another_agency_cannot_read_an_import_nor_its_activation_letters() {
        String schemeId = (String) api().post("/schemes", TraineeEnrolmentHttpTest.SCHEME.formatted(50),
                TestTokens.schemeAdmin()).getBody().get("schemeId");
        String csv = "fullName,birthDate,track,consent\nAna " + UUID.randomUUID() + ",1997-07-07,AWAY,TRAINING\n";
        String location = upload(schemeId, csv.getBytes(StandardCharsets.UTF_8), Tokens.manilaAgency()).getHeaders()
                .getLocation().getPath();
        assertThat(finished(location, "")).containsEntry("enrolled", 1);

        ResponseEntity<Map> foreign = api().get(location, Tokens.agency("agency-cebu", "PH"));
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat((String) foreign.getBody().get("detail")).contains("enrolment import your agency uploaded");
        assertThat(api().get(location + "/activation-letters", Tokens.agency("agency-cebu", "PH")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api().get(location + "/activation-letters", TestTokens.schemeAdmin()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void a_file_without_the_required_columns_finishes_with_the_header_refused_and_nobody_enrolled() {
        String schemeId = (String) api().post("/schemes", TraineeEnrolmentHttpTest.SCHEME.formatted(50),
                TestTokens.schemeAdmin()).getBody().get("schemeId");
        String location = upload(schemeId, "name,born\nAna,1990-01-01\n".getBytes(StandardCharsets.UTF_8),
                Tokens.manilaAgency()).getHeaders().getLocation().getPath();
        Map<String, Object> done = finished(location, "");
        assertThat(done).containsEntry("enrolled", 0).containsEntry("rowsRead", 0);
        List<Map<String, Object>> rows = (List<Map<String, Object>>) ((Map<String, Object>) done.get("rows")).get("items");
        assertThat(rows).hasSize(1);
        assertThat((List<Map<String, Object>>) rows.get(0).get("problems")).extracting(p -> p.get("field"))
                .contains("fullName", "birthDate", "track", "consent");
    }

    @Test
    void an_unknown_outcome_in_the_query_is_refused_with_a_problem() {
        ResponseEntity<Map> bad = api().get("/enrolment-imports/" + UUID.randomUUID() + "?rows=MAYBE",
                Tokens.manilaAgency());
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
