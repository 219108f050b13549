package org.corridor.permits.application.adapter;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.permits.application.adapter.ImmigrationSystemClient.LodgementRequest;
import org.corridor.permits.application.adapter.ImmigrationSystemClient.Outcome;
import org.corridor.permits.application.api.ApplicationCommands.RecordLodgement;
import org.corridor.permits.application.api.ApplicationEvents.ApplicationOpened;
import org.corridor.permits.application.api.ApplicationEvents.PermitAmended;
import org.corridor.permits.application.api.ApplicationEvents.PersonalDetailsAdded;
import org.corridor.permits.application.query.PermitApplications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;

/**
 * Sends queued lodgements to the immigration system, by itself, every poll interval: an outage delays them, never
 * loses them. Each lodgement goes under the idempotency key the application recorded, so a resend after a lost
 * answer or a restart opens no second case; the answer is recorded on the application, and the attempt, its
 * outcome and the next retry are shown to the consulate.
 */
@Component
class LodgementDispatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LodgementDispatcher.class);

    private final LodgementQueue queue;
    private final ImmigrationSystemClient immigration;
    private final EventStore events;
    private final CommandGateway commands;
    private final PermitApplications applications;
    private final ImmigrationSettings settings;
    private final ExecutorService senders;

    LodgementDispatcher(LodgementQueue queue, ImmigrationSystemClient immigration, EventStore events,
                        CommandGateway commands, PermitApplications applications, ImmigrationSettings settings) {
        this.queue = queue;
        this.immigration = immigration;
        this.events = events;
        this.commands = commands;
        this.applications = applications;
        this.settings = settings;
        this.senders = LeasedQueue.workers("immigration-lodgement", settings.concurrentCalls());
    }

    @Scheduled(fixedDelayString = "${corridor.permits.immigration.poll-interval:1s}")
    void sendDue() {
        queue.leases().workDue(settings.concurrentCalls(), settings.lease(), settings.lease().dividedBy(2),
                senders, this::send);
    }

    private void send(LodgementQueue.Entry entry) {
        Instant at = Instant.now();
        int attempts = entry.attempts() + 1;
        Outcome<String> outcome = immigration.lodge(request(entry));
        if (outcome.isAnswered()) {
            // The application's event removes the entry from the queue; recording the same case twice is a no-op.
            commands.sendAndWait(new RecordLodgement(entry.applicationId(), outcome.answer(), at));
            return;
        }
        Instant next = Instant.now().plus(settings.retryAfter(attempts));
        log.info("lodgement of {} not done (attempt {}): {}; next at {}", entry.applicationId(), attempts,
                outcome.failure(), next);
        queue.failed(entry.applicationId(), attempts, at, outcome.failure(), next);
        applications.recordLodgementAttempt(entry.applicationId(), attempts, at, outcome.failure(), next);
    }

    /** The application as its events say, personal details included (read back unsealed from the event store). */
    private LodgementRequest request(LodgementQueue.Entry entry) {
        ApplicationOpened opened = null;
        PersonalDetailsAdded details = null;
        String employerId = null;
        String jobOrderId = null;
        List<Object> payloads = events.readEvents(entry.applicationId()).asStream()
                .map(event -> (Object) event.getPayload()).toList();
        for (Object payload : payloads) {
            if (payload instanceof ApplicationOpened o) {
                opened = o;
                employerId = o.employerId();
                jobOrderId = o.jobOrderId();
            } else if (payload instanceof PersonalDetailsAdded d) {
                details = d;
            } else if (payload instanceof PermitAmended a) {
                employerId = a.newEmployerId();
                jobOrderId = a.newJobOrderId();
            }
        }
        Objects.requireNonNull(opened, "no application " + entry.applicationId());
        return new LodgementRequest(entry.applicationId(), entry.idempotencyKey(), opened.post(), opened.permitType(),
                opened.personId(), employerId, jobOrderId, opened.iscoCode(), opened.destinationCountry(),
                opened.startDate().toString(), opened.contractMonths(),
                details == null ? null : details.passportNumber(), details == null ? null : details.nationality(),
                details == null || details.birthDate() == null ? null : details.birthDate().toString());
    }

    @Override
    public void close() {
        senders.shutdownNow();
    }
}
