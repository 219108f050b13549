package org.corridor.gateway.login;

import org.corridor.gateway.security.GatewayConfigurationException;
import org.corridor.gateway.security.JwtProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoTokenIssuerTest {

    @Test
    void demoLoginsRefuseToStartWithoutTheEmbeddedSecret() {
        JwtProperties production = new JwtProperties(null, "https://login.example.org/realms/corridor");

        assertThatThrownBy(() -> new DemoTokenIssuer(production))
                .isInstanceOf(GatewayConfigurationException.class)
                .hasMessageContaining("CORRIDOR_DEMO_LOGINS")
                .hasMessageContaining("CORRIDOR_JWT_SECRET");
    }
}
