package org.corridor.matching.employer.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.corridor.kernel.types.RuleViolation;
import org.corridor.matching.employer.api.EmployerRegistered;
import org.corridor.matching.employer.api.EmployerSuspended;
import org.corridor.matching.employer.api.GrievanceKinds;
import org.corridor.matching.employer.api.LiftSuspension;
import org.corridor.matching.employer.api.RegisterEmployer;
import org.corridor.matching.employer.api.SuspendEmployer;
import org.corridor.matching.employer.api.SuspensionLifted;
import org.corridor.matching.joborder.command.EmployerRegister;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An employer taking part in a scheme. It is suspended while any substantiated grievance against it is unresolved;
 * a suspension can arrive before the employer registers here, and then holds from its registration on.
 */
@Aggregate
class Employer {

    @AggregateIdentifier
    private String employerId;
    private boolean registered;
    private final Map<String, String> suspensions = new LinkedHashMap<>();

    Employer() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterEmployer command) {
        if (registered) {
            throw new RuleViolation("employerId", "your organisation " + command.employerId()
                    + " is already registered as an employer; read it with GET /employers/" + command.employerId());
        }
        EmployerRegistrationPolicy.check(command);
        apply(new EmployerRegistered(command.employerId(), command.legalName().strip(),
                command.registrationNumber().strip(), command.country(), command.sector().strip(),
                command.contact()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SuspendEmployer command) {
        if (suspensions.containsKey(command.grievanceId())) {
            return; // the same grievance suspends once
        }
        String reason = "Suspended since " + command.substantiatedOn() + ": a grievance about "
                + GrievanceKinds.describe(command.kind()) + " was substantiated (grievance " + command.grievanceId()
                + "). You may open no new job orders until it is resolved; the scheme's counsellors can tell you "
                + "what resolving it takes.";
        apply(new EmployerSuspended(command.employerId(), command.grievanceId(), command.kind(), reason,
                command.substantiatedOn()));
    }

    @CommandHandler
    void handle(LiftSuspension command) {
        if (!suspensions.containsKey(command.grievanceId())) {
            return; // nothing this grievance holds, or lifted already
        }
        List<String> remaining = new ArrayList<>(suspensions.keySet());
        remaining.remove(command.grievanceId());
        apply(new SuspensionLifted(employerId, command.grievanceId(),
                "Grievance " + command.grievanceId() + " resolved on " + command.resolvedOn() + ": "
                        + command.resolution(), command.resolvedOn(), remaining));
    }

    /** Whether the employer is registered and no suspension holds; otherwise what to tell it. */
    EmployerRegister.Standing standing() {
        if (!registered) {
            return unregistered(employerId);
        }
        return new EmployerRegister.Standing(suspensions.isEmpty(), List.copyOf(suspensions.values()));
    }

    static EmployerRegister.Standing unregistered(String employerId) {
        return new EmployerRegister.Standing(false, List.of("Organisation " + employerId + " is not registered as "
                + "an employer; register it with POST /employers first."));
    }

    @EventSourcingHandler
    void on(EmployerRegistered event) {
        employerId = event.employerId();
        registered = true;
    }

    @EventSourcingHandler
    void on(EmployerSuspended event) {
        employerId = event.employerId();
        suspensions.put(event.grievanceId(), event.reason());
    }

    @EventSourcingHandler
    void on(SuspensionLifted event) {
        suspensions.remove(event.grievanceId());
    }
}
