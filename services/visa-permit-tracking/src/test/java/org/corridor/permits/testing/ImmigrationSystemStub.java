package org.corridor.permits.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The destination's immigration system, played by one WireMock server per test JVM (port 0, reported back), and
 * the module's one piece of test configuration: it points the service at that server before the context starts.
 * Registered in {@code src/test/resources/META-INF/spring.factories}.
 */
public class ImmigrationSystemStub implements EnvironmentPostProcessor {

    private static WireMockServer server;

    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(20));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addFirst(new MapPropertySource("immigration-system-stub",
                Map.of("corridor.permits.immigration.base-url", server().baseUrl())));
    }
}
