package org.corridor.benchmark.permits;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's WireMock immigration system over real HTTP: what it answers and what it counts. */
class ImmigrationSystemTest {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void a_lodgement_opens_one_case_per_key_and_a_resend_gets_the_same_case() throws Exception {
        try (ImmigrationSystem immigration = new ImmigrationSystem(0, new FaultSchedule(1, 0, 0, 0))) {
            immigration.start();
            HttpResponse<String> first = lodge(immigration, "key-1", "{\"applicationId\":\"app-1\","
                    + "\"passportNumber\":\"P1\",\"birthDate\":\"1995-03-14\"}");
            HttpResponse<String> again = lodge(immigration, "key-1", "{\"applicationId\":\"app-1\","
                    + "\"passportNumber\":\"P1\",\"birthDate\":\"1995-03-14\"}");

            assertThat(first.statusCode()).isEqualTo(201);
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.body()).isEqualTo(first.body()).contains("\"caseReference\":\"CASE-1\"");
            assertThat(immigration.cases().counts()).isEqualTo(new RemoteCases.Counts(1, 1, 1, 0, 1, 2));
            assertThat(immigration.withoutPersonalDetails()).isZero();
            assertThat(lodge(immigration, null, "{\"applicationId\":\"app-2\"}").statusCode()).isEqualTo(422);
            assertThat(immigration.unreadable()).isEqualTo(1);
        }
    }

    @Test
    void a_lost_answer_still_opens_the_case_and_the_other_faults_open_none() throws Exception {
        try (ImmigrationSystem immigration = new ImmigrationSystem(0, new FaultSchedule(3, 1, 0, 0))) {
            immigration.start();
            int answered = 0;
            int lost = 0;
            for (int i = 0; i < 40; i++) {
                try {
                    HttpResponse<String> response = lodge(immigration, "key-" + i, "{\"applicationId\":\"app-" + i
                            + "\"}");
                    assertThat(response.statusCode()).isIn(500, 503);
                    answered++;
                } catch (IOException noAnswer) {
                    lost++;
                }
            }
            var faults = immigration.faults();
            assertThat(faults.get(FaultSchedule.Fault.NONE)).isZero();
            assertThat(answered).isEqualTo(faults.get(FaultSchedule.Fault.HTTP_500)
                    + faults.get(FaultSchedule.Fault.HTTP_503));
            assertThat(lost).isEqualTo(faults.get(FaultSchedule.Fault.CONNECTION_RESET)
                    + faults.get(FaultSchedule.Fault.ANSWER_LOST));
            assertThat(immigration.cases().counts().cases()).isEqualTo(faults.get(FaultSchedule.Fault.ANSWER_LOST))
                    .isPositive();
            assertThat(immigration.withoutPersonalDetails()).isEqualTo(faults.get(FaultSchedule.Fault.ANSWER_LOST));
        }
    }

    @Test
    void a_status_request_is_answered_in_review() throws Exception {
        try (ImmigrationSystem immigration = new ImmigrationSystem(0, new FaultSchedule(1, 0, 0, 0))) {
            immigration.start();
            HttpResponse<String> status = http.send(HttpRequest.newBuilder(URI.create(immigration.baseUrl()
                    + "/cases/CASE-1")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(status.statusCode()).isEqualTo(200);
            assertThat(status.body()).contains("IN_REVIEW");
            assertThat(immigration.statusRequests()).isEqualTo(1);
        }
    }

    private HttpResponse<String> lodge(ImmigrationSystem immigration, String key, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(immigration.baseUrl() + "/cases"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
