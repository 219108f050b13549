package org.corridor.matching.employer.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.corridor.kernel.audit.AuditMetadata;
import org.corridor.matching.employer.api.EmployerRegistered;
import org.corridor.matching.employer.api.EmployerSuspended;
import org.corridor.matching.employer.api.SuspensionLifted;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Keeps the {@code employers} read model; the contact details of a registration are deliberately not copied. */
@Component
@ProcessingGroup("employer-projection")
public class EmployerProjection {

    private final MongoTemplate mongo;

    EmployerProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(EmployerRegistered event, EventMessage<?> message) {
        List<EmployerView.Suspension> suspensions = find(event.employerId())
                .map(EmployerView::suspensions).orElse(List.of());
        mongo.save(new EmployerView(event.employerId(), event.legalName(), event.registrationNumber(),
                event.country().value(), event.sector(), status(true, suspensions), suspensions,
                message.getTimestamp(), (String) message.getMetaData().get(AuditMetadata.USER_ID)));
    }

    @EventHandler
    void on(EmployerSuspended event) {
        EmployerView held = find(event.employerId()).orElse(new EmployerView(event.employerId(), null, null, null,
                null, EmployerView.NOT_REGISTERED, List.of(), null, null));
        List<EmployerView.Suspension> suspensions = new ArrayList<>(held.suspensions());
        suspensions.removeIf(s -> s.grievanceId().equals(event.grievanceId()));
        suspensions.add(new EmployerView.Suspension(event.grievanceId(), event.kind(), event.reason(),
                event.substantiatedOn()));
        mongo.save(with(held, suspensions));
    }

    @EventHandler
    void on(SuspensionLifted event) {
        find(event.employerId()).ifPresent(held -> {
            List<EmployerView.Suspension> suspensions = new ArrayList<>(held.suspensions());
            suspensions.removeIf(s -> s.grievanceId().equals(event.grievanceId()));
            mongo.save(with(held, suspensions));
        });
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(EmployerView.COLLECTION);
    }

    private static EmployerView with(EmployerView held, List<EmployerView.Suspension> suspensions) {
        return new EmployerView(held.employerId(), held.legalName(), held.registrationNumber(), held.country(),
                held.sector(), status(held.registeredAt() != null, suspensions), List.copyOf(suspensions),
                held.registeredAt(), held.registeredBy());
    }

    private static String status(boolean registered, List<EmployerView.Suspension> suspensions) {
        if (!registered) {
            return EmployerView.NOT_REGISTERED;
        }
        return suspensions.isEmpty() ? EmployerView.ACTIVE : EmployerView.SUSPENDED;
    }

    public Optional<EmployerView> find(String employerId) {
        return Optional.ofNullable(mongo.findById(employerId, EmployerView.class));
    }
}
