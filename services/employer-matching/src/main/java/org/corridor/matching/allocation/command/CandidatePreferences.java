package org.corridor.matching.allocation.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.corridor.kernel.types.RuleViolation;
import org.corridor.matching.allocation.api.PreferencesStated;
import org.corridor.matching.allocation.api.StatePreferences;
import org.corridor.matching.ranking.api.CandidateProfile;
import org.corridor.matching.ranking.command.CandidateScoring;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** A candidate's ranked list of the job orders it would accept; only open orders it is eligible for. */
@Aggregate
class CandidatePreferences {

    @AggregateIdentifier
    private String personId;

    CandidatePreferences() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(StatePreferences command, AllocationSources sources) {
        CandidateProfile candidate = sources.candidate(command.personId()).orElseThrow(() -> new RuleViolation(
                "personId", "You are not in the candidate pool: preferences are stated once skills-recognition "
                + "lists you as an available candidate."));
        if (new HashSet<>(command.jobOrderIds()).size() != command.jobOrderIds().size()) {
            throw new RuleViolation("jobOrderIds", "List each job order once, best first.");
        }
        for (int i = 0; i < command.jobOrderIds().size(); i++) {
            String jobOrderId = command.jobOrderIds().get(i);
            Optional<AllocationSources.OpenOrder> order = sources.openOrder(jobOrderId);
            if (order.isEmpty() || !CandidateScoring.eligible(candidate, order.get().requirements())) {
                throw new RuleViolation("jobOrderIds[" + i + "]", "Job order " + jobOrderId + " is not open, or not "
                        + "for your scheme and occupation; choose from GET /candidates/me/eligible-job-orders.");
            }
        }
        apply(command.personId(), candidate.schemeId(), List.copyOf(command.jobOrderIds()));
    }

    private void apply(String personId, String schemeId, List<String> jobOrderIds) {
        org.axonframework.modelling.command.AggregateLifecycle.apply(new PreferencesStated(personId, schemeId,
                jobOrderIds));
    }

    @EventSourcingHandler
    void on(PreferencesStated event) {
        personId = event.personId();
    }
}
