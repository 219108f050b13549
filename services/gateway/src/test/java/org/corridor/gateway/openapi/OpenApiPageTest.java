package org.corridor.gateway.openapi;

import com.jayway.jsonpath.JsonPath;
import org.corridor.gateway.support.DownstreamStubs;
import org.corridor.gateway.support.RunningGateway;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class OpenApiPageTest extends RunningGateway {

    @Test
    void theSwaggerPageListsTheGatewayAndEachServiceThroughItsRoute() {
        HttpResponse<String> config = gateway.get("/v3/api-docs/swagger-config");

        assertThat(config.statusCode()).isEqualTo(200);
        List<Map<String, String>> urls = JsonPath.read(config.body(), "$.urls");
        assertThat(urls).extracting(url -> url.get("name"), url -> url.get("url")).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("gateway", "/v3/api-docs"),
                org.assertj.core.groups.Tuple.tuple("skills-recognition", "/api/skills-recognition/v3/api-docs"),
                org.assertj.core.groups.Tuple.tuple("employer-matching", "/api/employer-matching/v3/api-docs"),
                org.assertj.core.groups.Tuple.tuple("visa-permit-tracking", "/api/visa-permit-tracking/v3/api-docs"),
                org.assertj.core.groups.Tuple.tuple("return-reintegration", "/api/return-reintegration/v3/api-docs"),
                org.assertj.core.groups.Tuple.tuple("identity", "/api/identity/v3/api-docs"));
        assertThat(JsonPath.<String>read(config.body(), "$['urls.primaryName']")).isEqualTo("gateway");
    }

    @Test
    void eachListedServiceDocumentLoadsThroughTheGatewayWithoutAToken() {
        for (String service : DownstreamStubs.SERVICES) {
            DownstreamStubs.service(service).stubFor(get(urlEqualTo("/v3/api-docs")).willReturn(aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"" + service + "\"}}")));

            HttpResponse<String> document = gateway.get("/api/" + service + "/v3/api-docs");

            assertThat(document.statusCode()).isEqualTo(200);
            assertThat(JsonPath.<String>read(document.body(), "$.info.title")).isEqualTo(service);
        }
    }

    @Test
    void theGatewayDocumentsItsOwnRecordDownloadAndNotTheRoutes() {
        HttpResponse<String> document = gateway.get("/v3/api-docs");

        assertThat(document.statusCode()).isEqualTo(200);
        Map<String, Object> paths = JsonPath.read(document.body(), "$.paths");
        assertThat(paths).containsOnlyKeys("/api/people/me/record");
        assertThat(JsonPath.<String>read(document.body(), "$.components.securitySchemes.bearer.scheme"))
                .isEqualTo("bearer");
    }

    @Test
    void theSwaggerUiIsServedWithoutAToken() {
        HttpResponse<String> redirect = gateway.get("/swagger-ui.html");
        assertThat(redirect.statusCode()).isEqualTo(302);

        HttpResponse<String> page = gateway.get("/swagger-ui/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
    }
}
