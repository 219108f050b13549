package org.corridor.skills.recognition.adapter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The external qualification authority and how patiently it is called: each call has a timeout, is retried with
 * exponential back-off, and goes through a circuit breaker; a case whose verification still failed waits and is
 * tried again later, each time a little later (up to {@code maximumDeferral}).
 */
@ConfigurationProperties("corridor.skills.qualification-authority")
record QualificationAuthorityProperties(
        @DefaultValue("http://localhost:8099") String baseUrl,
        @DefaultValue("2s") Duration timeout,
        @DefaultValue("3") int attempts,
        @DefaultValue("200ms") Duration retryBackoff,
        @DefaultValue("10") int breakerWindow,
        @DefaultValue("50") float breakerFailureRate,
        @DefaultValue("30s") Duration breakerOpenFor,
        @DefaultValue("2s") Duration pollEvery,
        @DefaultValue("5s") Duration firstDeferral,
        @DefaultValue("10m") Duration maximumDeferral) {
}
