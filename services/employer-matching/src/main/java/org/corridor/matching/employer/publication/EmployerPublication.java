package org.corridor.matching.employer.publication;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.corridor.kernel.messaging.IntegrationEventPublisher;
import org.corridor.matching.employer.api.EmployerSuspended;
import org.corridor.matching.employer.api.SuspensionLifted;
import org.springframework.stereotype.Component;

/** Forwards an employer's suspensions and their lifting. A registration is not published: it holds a contact. */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
class EmployerPublication {

    private final IntegrationEventPublisher publisher;

    EmployerPublication(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    @DisallowReplay
    void on(EmployerSuspended event, EventMessage<?> message) {
        publisher.publish(message, EmployerSuspendedV1.SUSPENDED,
                new EmployerSuspendedV1(event.employerId(), event.grievanceId(), event.reason()));
    }

    @EventHandler
    @DisallowReplay
    void on(SuspensionLifted event, EventMessage<?> message) {
        publisher.publish(message, EmployerSuspendedV1.REINSTATED,
                new EmployerSuspendedV1(event.employerId(), event.grievanceId(), event.reason()));
    }
}
