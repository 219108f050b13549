package org.corridor.gateway.support;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway on a random port in embedded (HMAC) mode with demo logins on, in front of the WireMock services.
 * Every subclass shares one Spring context; breakers and stubs are reset before each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false) // keeps the Prometheus endpoint, which tests switch off by default
@ActiveProfiles("test")
public abstract class RunningGateway {

    @LocalServerPort
    private int port;

    @Autowired
    private CircuitBreakerRegistry breakers;

    protected GatewayClient gateway;

    @DynamicPropertySource
    static void downstreamServices(DynamicPropertyRegistry registry) {
        DownstreamStubs.register(registry);
    }

    @BeforeEach
    void resetDownstreamAndBreakers() {
        DownstreamStubs.resetAll();
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        gateway = new GatewayClient(port);
    }

    protected CircuitBreaker breaker(String service) {
        return breakers.circuitBreaker(service);
    }
}
