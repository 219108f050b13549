package org.corridor.skills.trainee;

import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.kernel.testing.TestTokens;
import org.corridor.skills.Api;
import org.corridor.skills.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@CorridorServiceTest
class BulkEnrolmentHttpTest {

    @Autowired
    TestRestTemplate http;

    String scheme() {
        return (String) new Api(http).post("/schemes", TraineeEnrolmentHttpTest.SCHEME.formatted(50),
                TestTokens.schemeAdmin()).getBody().get("schemeId");
    }

    ResponseEntity<Map> upload(String schemeId, byte[] csv, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        headers.set(HttpHeaders.AUTHORIZATION, token);
        return http.exchange("/trainees/bulk/" + schemeId, HttpMethod.POST, new HttpEntity<>(csv, headers), Map.class);
    }

    static byte[] withBom(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void a_csv_with_a_bom_semicolons_quotes_non_latin_names_and_broken_rows_enrols_the_good_rows_and_names_each_bad_one() {
        String schemeId = scheme();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String csv = """
                fullName;birthDate;phone;email;gender;languages;track;intakeYear;iscoCode;trainingProvider;consent
                "Santos; Maria %1$s";1998-04-17;+63 917 555 0101;;female;de:A2 en:B2;AWAY;2027;5321;tesda-manila;TRAINING RECOGNITION PLACEMENT
                محمد عبد الله %1$s;1995-11-02;;;MALE;de:B1;HOME;;5321;;TRAINING
                สมชาย ใจดี %1$s;1999-01-31;;;;;AWAY;;;;TRAINING|PLACEMENT
                "Broken date %1$s";31/12/1990;;;;;AWAY;;;;TRAINING
                "No track %1$s";1990-12-31;;;;;;;;;TRAINING
                "Unknown gender %1$s";1990-12-31;;;ROBOT;;AWAY;;;;TRAINING
                "Future %1$s";2999-01-01;;;;;AWAY;;;;TRAINING
                "Bad language %1$s";1990-12-31;;;;german;AWAY;;;;TRAINING
                李小龍 %1$s;1990-11-27;;;PREFER_NOT_TO_SAY;;HOME;;;;TRAINING
                "Santos; Maria %1$s";1998-04-17;;;;;HOME;;;;TRAINING
                """.formatted(run);

        ResponseEntity<Map> first = upload(schemeId, withBom(csv), Tokens.manilaAgency());
        assertThat(first.getStatusCode()).as("%s", first.getBody()).isEqualTo(HttpStatus.OK);
        Map<String, Object> report = first.getBody();
        assertThat(report).containsEntry("rows", 10).containsEntry("enrolled", 4).containsEntry("alreadyEnrolled", 1);
        assertThat((List<Map<String, Object>>) report.get("errors")).extracting(e -> e.get("line") + ":" + e.get("field"))
                .containsExactlyInAnyOrder("5:birthDate", "6:track", "7:gender", "8:birthDate", "9:languages");
        assertThat((List<Integer>) report.get("alreadyEnrolledLines")).containsExactly(11);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<String, Object> page = new Api(http).get("/trainees?schemeId=" + schemeId + "&sort=name&size=50",
                    Tokens.manilaAgency()).getBody();
            assertThat((List<Map<String, Object>>) page.get("items")).extracting(t -> t.get("fullName"))
                    .containsExactlyInAnyOrder("Santos; Maria " + run, "محمد عبد الله " + run, "สมชาย ใจดี " + run,
                            "李小龍 " + run);
        });

        ResponseEntity<Map> again = upload(schemeId, withBom(csv), Tokens.manilaAgency());
        assertThat(again.getBody()).containsEntry("enrolled", 0).containsEntry("alreadyEnrolled", 5);
        assertThat(new Api(http).get("/trainees?schemeId=" + schemeId, Tokens.manilaAgency()).getBody())
                .containsEntry("total", 4);
    }

    @Test
    void rows_refused_by_the_quota_leave_the_rows_enrolled_with_them_and_their_persons_free_to_enrol_again() {
        String schemeId = (String) new Api(http).post("/schemes", TraineeEnrolmentHttpTest.SCHEME.formatted(2),
                TestTokens.schemeAdmin()).getBody().get("schemeId");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String csv = ("fullName,birthDate,track,consent\nAna %1$s,1997-07-07,AWAY,TRAINING\n"
                + "Ben %1$s,1996-06-06,AWAY,TRAINING\nCy %1$s,1995-05-05,AWAY,TRAINING\n"
                + "Dee %1$s,1994-04-04,HOME,TRAINING\n").formatted(run);

        Map<String, Object> report = upload(schemeId, csv.getBytes(StandardCharsets.UTF_8), Tokens.manilaAgency())
                .getBody();

        assertThat(report).containsEntry("rows", 4).containsEntry("enrolled", 3);
        assertThat((List<Map<String, Object>>) report.get("errors"))
                .extracting(e -> e.get("line") + ":" + e.get("field")).containsExactly("4:track");
        String again = "fullName,birthDate,track,consent\nCy %1$s,1995-05-05,HOME,TRAINING\n".formatted(run);
        assertThat(upload(schemeId, again.getBytes(StandardCharsets.UTF_8), Tokens.manilaAgency()).getBody())
                .containsEntry("enrolled", 1).containsEntry("alreadyEnrolled", 0);
    }

    @Test
    void a_comma_separated_file_without_bom_is_read_the_same_way() {
        String schemeId = scheme();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String csv = "fullName,birthDate,track,consent\n\"Reyes, Ana %1$s\",1997-07-07,AWAY,TRAINING\nJuan %1$s,1996-06-06,HOME,TRAINING\n"
                .formatted(run);
        ResponseEntity<Map> report = upload(schemeId, csv.getBytes(StandardCharsets.UTF_8), Tokens.manilaAgency());
        assertThat(report.getBody()).containsEntry("rows", 2).containsEntry("enrolled", 2);
        assertThat((List<?>) report.getBody().get("errors")).isEmpty();
    }

    @Test
    void a_header_without_the_required_columns_enrols_nothing_and_says_which_are_missing() {
        String schemeId = scheme();
        ResponseEntity<Map> report = upload(schemeId, "name,born\nAna,1990-01-01\n".getBytes(StandardCharsets.UTF_8),
                Tokens.manilaAgency());
        assertThat(report.getBody()).containsEntry("enrolled", 0);
        assertThat((List<Map<String, Object>>) report.getBody().get("errors")).extracting(e -> e.get("field"))
                .contains("fullName", "birthDate", "track", "consent");
    }

    @Test
    void only_an_origin_agency_uploads_enrolments() {
        String schemeId = scheme();
        assertThat(upload(schemeId, "fullName\n".getBytes(StandardCharsets.UTF_8), TestTokens.schemeAdmin())
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
