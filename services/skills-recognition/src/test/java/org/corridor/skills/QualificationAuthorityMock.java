package org.corridor.skills;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.corridor.skills.recognition.adapter.QualificationAuthorityEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.net.URI;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The qualification authority of every Spring Boot test of this module: one WireMock server per test JVM, on a port
 * it chose itself. Tests stub it per certificate number, so they do not disturb each other.
 */
@Configuration
public class QualificationAuthorityMock {

    private static WireMockServer server;

    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(options().dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    @Bean
    @Primary
    QualificationAuthorityEndpoint mockedQualificationAuthority() {
        return () -> URI.create(server().baseUrl());
    }
}
