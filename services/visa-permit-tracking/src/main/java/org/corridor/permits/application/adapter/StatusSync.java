package org.corridor.permits.application.adapter;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.corridor.permits.application.adapter.ImmigrationSystemClient.CaseStatus;
import org.corridor.permits.application.adapter.ImmigrationSystemClient.Outcome;
import org.corridor.permits.application.api.ApplicationCommands.RecordImmigrationStatus;
import org.corridor.permits.application.query.PermitApplications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.concurrent.ExecutorService;

/**
 * Follows each lodged case at the immigration system by itself: every {@code status-every} it asks for the case's
 * status (through the same resilient client as lodging) and records what it says on the application, where the
 * consulate sees it; the remote's decision is recorded without anybody typing it again, confirms the consulate's,
 * or is flagged as a conflict. A failed check is asked again with a doubling wait, shown to the consulate too.
 * The checks are a sweep over {@link StatusCheckQueue} rather than a scheduled job per case (ADR 41).
 */
@Component
class StatusSync implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StatusSync.class);

    private final StatusCheckQueue queue;
    private final ImmigrationSystemClient immigration;
    private final CommandGateway commands;
    private final PermitApplications applications;
    private final ImmigrationSettings settings;
    private final ExecutorService checkers;

    StatusSync(StatusCheckQueue queue, ImmigrationSystemClient immigration, CommandGateway commands,
               PermitApplications applications, ImmigrationSettings settings) {
        this.queue = queue;
        this.immigration = immigration;
        this.commands = commands;
        this.applications = applications;
        this.settings = settings;
        this.checkers = LeasedQueue.workers("immigration-status-check", settings.concurrentCalls());
    }

    @Scheduled(fixedDelayString = "${corridor.permits.immigration.poll-interval:1s}")
    void checkDue() {
        queue.leases().workDue(settings.concurrentCalls(), settings.lease(), settings.lease().dividedBy(2),
                checkers, this::check);
    }

    private void check(StatusCheckQueue.Entry entry) {
        Instant at = Instant.now();
        Outcome<CaseStatus> outcome = immigration.status(entry.caseReference());
        String failure = outcome.failure();
        if (outcome.isAnswered()) {
            CaseStatus remote = outcome.answer();
            try {
                // A decision removes the entry (through the application's event); a repeated report is a no-op.
                commands.sendAndWait(new RecordImmigrationStatus(entry.applicationId(), entry.caseReference(),
                        remote.status(), remote.validFrom(), remote.validUntil(), remote.statedReasons(),
                        remote.decidedOn(), remote.appealBy(), at));
                Instant next = Instant.now().plus(settings.statusEvery());
                queue.answered(entry.applicationId(), at, remote.status(), next);
                applications.recordStatusCheck(entry.applicationId(), at, "answered: " + remote.status(), next);
                return;
            } catch (RuntimeException refused) {
                failure = "answered " + remote.status() + ", not recorded: " + refused.getMessage();
            }
        }
        int failures = entry.failures() + 1;
        Instant next = Instant.now().plus(settings.retryAfter(failures));
        log.info("status of case {} ({}) not taken (failure {}): {}; next at {}", entry.caseReference(),
                entry.applicationId(), failures, failure, next);
        queue.failed(entry.applicationId(), failures, at, failure, next);
        applications.recordStatusCheck(entry.applicationId(), at, failure, next);
    }

    @Override
    public void close() {
        checkers.shutdownNow();
    }
}
