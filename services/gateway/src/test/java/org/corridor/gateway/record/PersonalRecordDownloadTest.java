package org.corridor.gateway.record;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.corridor.gateway.support.DownstreamStubs;
import org.corridor.gateway.support.RunningGateway;
import org.corridor.gateway.support.Tokens;
import org.junit.jupiter.api.Test;

/** The one-document download of a worker's records, put together from every service's own answer. */
class PersonalRecordDownloadTest extends RunningGateway {

    private static final String PERSON = "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9";

    @Test
    void a_worker_gets_every_services_record_of_them_in_one_attachment_with_their_own_token_passed_on() {
        for (String service : DownstreamStubs.SERVICES) {
            DownstreamStubs.service(service).stubFor(get(urlEqualTo("/people/" + PERSON + "/record"))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody("{\"service\":\"" + service + "\",\"personId\":\"" + PERSON
                                    + "\",\"data\":{},\"changes\":[],\"accesses\":[]}")));
        }
        String token = Tokens.worker(PERSON);

        HttpResponse<String> answer = gateway.getWithToken(PersonalRecordDownload.PATH, token);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment; filename=\"corridor-record-"));
        assertThat(JsonPath.<String>read(answer.body(), "$.personId")).isEqualTo(PERSON);
        Map<String, Object> services = JsonPath.read(answer.body(), "$.services");
        assertThat(services).containsOnlyKeys(DownstreamStubs.SERVICES);
        for (String service : DownstreamStubs.SERVICES) {
            assertThat(JsonPath.<String>read(answer.body(), "$.services['" + service + "'].service"))
                    .isEqualTo(service);
            DownstreamStubs.service(service).verify(getRequestedFor(urlEqualTo("/people/" + PERSON + "/record"))
                    .withHeader("Authorization", equalTo("Bearer " + token)));
        }
        assertThat(JsonPath.<List<Object>>read(answer.body(), "$.unavailable")).isEmpty();
    }

    @Test
    void a_service_that_cannot_answer_is_named_so_the_worker_knows_to_download_again() {
        for (String service : DownstreamStubs.SERVICES) {
            DownstreamStubs.service(service).stubFor(get(urlEqualTo("/people/" + PERSON + "/record"))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody("{\"service\":\"" + service + "\"}")));
        }
        DownstreamStubs.service("visa-permit-tracking").stubFor(get(urlEqualTo("/people/" + PERSON + "/record"))
                .willReturn(aResponse().withStatus(503)));
        DownstreamStubs.service("return-reintegration").stubFor(get(urlEqualTo("/people/" + PERSON + "/record"))
                .willReturn(aResponse().withStatus(404)));

        HttpResponse<String> answer = gateway.getWithToken(PersonalRecordDownload.PATH, Tokens.worker(PERSON));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(answer.body(), "$.unavailable[*].service"))
                .containsExactly("visa-permit-tracking");
        assertThat(JsonPath.<String>read(answer.body(), "$.unavailable[0].reason")).contains("try again later");
        assertThat(JsonPath.<String>read(answer.body(), "$.services['return-reintegration'].holds"))
                .isEqualTo("nothing about you");
        assertThat(JsonPath.<String>read(answer.body(), "$.services['skills-recognition'].service"))
                .isEqualTo("skills-recognition");
    }

    @Test
    void only_a_worker_downloads_and_only_with_a_token() {
        HttpResponse<String> administrator = gateway.getWithToken(PersonalRecordDownload.PATH, Tokens.valid());
        HttpResponse<String> nobody = gateway.get(PersonalRecordDownload.PATH);

        assertThat(administrator.statusCode()).isEqualTo(403);
        assertThat(nobody.statusCode()).isEqualTo(401);
        for (String service : DownstreamStubs.SERVICES) {
            assertThat(DownstreamStubs.service(service).getAllServeEvents()).isEmpty();
        }
    }
}
