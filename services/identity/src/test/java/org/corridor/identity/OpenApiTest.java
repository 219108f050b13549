package org.corridor.identity;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The administration API is described with examples for the portal and for operators. */
@CorridorServiceTest
class OpenApiTest {

    @LocalServerPort
    int port;

    @Test
    void the_administration_and_self_service_endpoints_are_described_with_examples() {
        JsonNode api = Browser.json(new Browser(port, "198.51.100.70").get("/v3/api-docs").body());
        assertThat(api.at("/info/title").asText()).isEqualTo("Corridor identity");
        for (String path : new String[]{"/accounts", "/accounts/{username}/lock", "/accounts/{username}/unlock",
                "/accounts/{username}/password-reset", "/employer-registrations",
                "/employer-registrations/{username}/approval", "/activations", "/password-resets", "/erasures",
                "/erasures/{erasureId}", "/people/{personId}/record"}) {
            assertThat(api.get("paths").has(path)).as(path).isTrue();
        }
        assertThat(api.get("paths").has("/login")).as("the sign-in form is no API").isFalse();
        assertThat(api.toString()).contains("maria.santos").contains("7K3Q-M9XZ-2B4D-HT6W");
        assertThat(api.at("/paths/~1erasures~1{erasureId}/get/parameters").toString()).contains("Receipt-Code")
                .contains("7K3Q-M9XZ-2B4D-HT6W");
        assertThat(api.at("/components/securitySchemes/receipt-code/name").asText()).isEqualTo("Receipt-Code");
        assertThat(api.toString()).contains("visa-permit-tracking").contains("when the permit ends");
    }
}
