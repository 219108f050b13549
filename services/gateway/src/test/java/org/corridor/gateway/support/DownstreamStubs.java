package org.corridor.gateway.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/** The four services, played by WireMock on dynamic ports; started once per test JVM and shared by contexts. */
public final class DownstreamStubs {

    public static final List<String> SERVICES =
            List.of("skills-recognition", "employer-matching", "visa-permit-tracking", "return-reintegration",
                    "identity");

    private static final Map<String, WireMockServer> SERVERS = start();

    private DownstreamStubs() {
    }

    private static Map<String, WireMockServer> start() {
        Map<String, WireMockServer> servers = new LinkedHashMap<>();
        for (String service : SERVICES) {
            WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
            server.start();
            servers.put(service, server);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> servers.values().forEach(WireMockServer::stop)));
        return servers;
    }

    public static WireMockServer service(String name) {
        WireMockServer server = SERVERS.get(name);
        if (server == null) {
            throw new IllegalArgumentException("No stub for " + name);
        }
        return server;
    }

    public static void register(DynamicPropertyRegistry registry) {
        SERVERS.forEach((service, server) ->
                registry.add("corridor.gateway.services." + service, server::baseUrl));
    }

    public static void resetAll() {
        SERVERS.values().forEach(WireMockServer::resetAll);
    }
}
