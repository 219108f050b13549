package org.corridor.returns;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * WireMock playing the destination's social-security system for the service under test: one server per test JVM
 * on a free port, its address given to every Spring context of the module (registered in META-INF/spring.factories,
 * so test classes need no configuration of their own and share one context).
 */
public final class SocialSecurityStandIn implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static WireMockServer server;

    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
            server.start();
            // Unless a test says otherwise, a received claim stays received: its status checks change nothing.
            server.stubFor(WireMock.get(WireMock.urlPathMatching("/portability-claims/.+")).atPriority(10)
                    .willReturn(WireMock.aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody("{\"status\": \"RECEIVED\"}")));
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("corridor.returns.social-security.base-url=" + server().baseUrl()).applyTo(context);
    }
}
