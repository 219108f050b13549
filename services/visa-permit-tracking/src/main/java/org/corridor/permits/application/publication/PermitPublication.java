package org.corridor.permits.application.publication;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.corridor.kernel.messaging.IntegrationEventPublisher;
import org.corridor.permits.application.api.ApplicationEvents.PermitDeadlineRaised;
import org.corridor.permits.application.api.ApplicationEvents.PermitEnded;
import org.corridor.permits.application.api.ApplicationEvents.PermitIssued;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Forwards what other services rely on to {@code visa-permit-tracking.events}: an issued permit, an ended one (which
 * opens a return case) and a raised deadline. No personal data: ids, dates and codes only. Never replayed.
 */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
class PermitPublication {

    static final String ISSUED = "visa-permit-tracking.permit-issued.v1";
    static final String ENDED = "visa-permit-tracking.permit-ended.v1";
    static final String DEADLINE_RAISED = "visa-permit-tracking.permit-deadline-raised.v1";

    private final IntegrationEventPublisher publisher;

    PermitPublication(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    @DisallowReplay
    void on(PermitIssued event, EventMessage<?> message) {
        publisher.publish(message, ISSUED, new PermitIssuedV1(event.applicationId(), event.personId(),
                event.schemeId(), event.employerId(), event.validFrom(), event.validUntil(), event.permitType()));
    }

    @EventHandler
    @DisallowReplay
    void on(PermitEnded event, EventMessage<?> message) {
        publisher.publish(message, ENDED, new PermitEndedV1(event.applicationId(), event.personId(), event.schemeId(),
                event.employerId(), event.originCountry(), event.destinationCountry(), event.reason().name(),
                event.endedOn()));
    }

    @EventHandler
    @DisallowReplay
    void on(PermitDeadlineRaised event, EventMessage<?> message) {
        publisher.publish(message, DEADLINE_RAISED, new PermitDeadlineRaisedV1(event.applicationId(),
                event.personId(), event.post(), event.deadline().name(), event.dueOn()));
    }

    /** Public contract {@code visa-permit-tracking.permit-issued.v1} (contracts/events). */
    record PermitIssuedV1(String applicationId, String personId, String schemeId, String employerId,
                          LocalDate validFrom, LocalDate validUntil, String permitType) {
    }

    /** Public contract {@code visa-permit-tracking.permit-ended.v1}. */
    record PermitEndedV1(String applicationId, String personId, String schemeId, String employerId,
                         String originCountry, String destinationCountry, String endReason, LocalDate endedOn) {
    }

    /** Public contract {@code visa-permit-tracking.permit-deadline-raised.v1}. */
    record PermitDeadlineRaisedV1(String applicationId, String personId, String post, String deadline,
                                  LocalDate dueOn) {
    }
}
