package org.corridor.gateway.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused configuration into Spring Boot's "Description / Action" report instead of a stack trace. */
public class GatewayConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<GatewayConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, GatewayConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
