package org.corridor.skills.recognition.adapter;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.RuleViolation;
import org.corridor.skills.recognition.api.Certificate;
import org.corridor.skills.recognition.api.StopVerification;
import org.corridor.skills.trainee.api.ConsentPurpose;
import org.corridor.skills.trainee.api.RequireConsent;
import org.corridor.skills.recognition.api.RecordVerification;
import org.corridor.skills.recognition.api.RecordVerificationAttempt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.context.SmartLifecycle;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;

/**
 * Works through the cases waiting for the qualification authority: asks it for each due case and records the
 * answer, or records the failed attempt and when the case is tried next (doubling the wait each time, up to a
 * maximum). While the authority is down cases wait; once it is back they complete by themselves.
 */
@Configuration
@EnableConfigurationProperties(QualificationAuthorityProperties.class)
class CertificateVerification implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CertificateVerification.class);

    private final PendingVerifications pending;
    private final CommandGateway commands;
    private final QualificationAuthorityProperties properties;
    private final QualificationAuthorityClient authority;
    private final Clock clock = Clock.systemUTC();
    private ThreadPoolTaskScheduler scheduler;
    private ScheduledFuture<?> polling;

    CertificateVerification(PendingVerifications pending, CommandGateway commands,
                            QualificationAuthorityProperties properties,
                            ObjectProvider<QualificationAuthorityEndpoint> endpoints, ObjectMapper json) {
        this.pending = pending;
        this.commands = commands;
        this.properties = properties;
        QualificationAuthorityEndpoint configured = () -> URI.create(properties.baseUrl());
        this.authority = new QualificationAuthorityClient(endpoints.getIfUnique(() -> configured), properties, json);
    }

    /** One pass over the due cases; the scheduler calls it every {@code pollEvery}. */
    void verifyDueCases() {
        for (PendingVerifications.Pending due : pending.due(clock.instant(), 20)) {
            Certificate certificate = new Certificate(due.number(), due.issuer(), due.title(), due.issuedOn());
            try {
                if (!consents(due)) {
                    commands.sendAndWait(new StopVerification(due.caseId(), "the person withdrew consent to recognition"));
                    pending.remove(due.caseId());
                    continue;
                }
                QualificationAuthorityClient.Answer answer = authority.verify(certificate);
                commands.sendAndWait(new RecordVerification(due.caseId(), answer.outcome(), answer.detail(),
                        clock.instant()));
                pending.remove(due.caseId());
            } catch (QualificationAuthorityClient.Unavailable unavailable) {
                Instant now = clock.instant();
                Instant next = now.plus(deferral(due.attempts() + 1));
                commands.sendAndWait(new RecordVerificationAttempt(due.caseId(), now, unavailable.getMessage(), next));
                pending.postpone(due, due.attempts() + 1, next);
            } catch (RuntimeException unexpected) {
                log.warn("Verification of case {} could not be recorded; it stays pending", due.caseId(), unexpected);
            }
        }
    }

    /** A withdrawn consent to RECOGNITION stops any further use: the certificate is not sent to the authority. */
    private boolean consents(PendingVerifications.Pending due) {
        try {
            commands.sendAndWait(new RequireConsent(PersonId.of(due.personId()), ConsentPurpose.RECOGNITION, null));
            return true;
        } catch (RuntimeException refused) {
            Throwable cause = refused;
            while (cause != null && !(cause instanceof RuleViolation)) {
                cause = cause.getCause();
            }
            if (cause == null) {
                throw refused;
            }
            return false;
        }
    }

    Duration deferral(int attempt) {
        Duration wait = properties.firstDeferral().multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(properties.maximumDeferral()) > 0 ? properties.maximumDeferral() : wait;
    }

    @Override
    public void start() {
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("certificate-verification-");
        scheduler.setPoolSize(1);
        scheduler.initialize();
        polling = scheduler.scheduleWithFixedDelay(() -> {
            try {
                verifyDueCases();
            } catch (RuntimeException e) {
                log.warn("Certificate verification pass failed; the next pass tries again", e);
            }
        }, properties.pollEvery());
    }

    @Override
    public void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
        if (scheduler != null) {
            scheduler.shutdown();
        }
        authority.close();
    }

    @Override
    public boolean isRunning() {
        return polling != null && !polling.isCancelled();
    }

    @Override
    public int getPhase() {
        // after Axon's processors and the web server have started
        return Integer.MAX_VALUE - 100;
    }
}
