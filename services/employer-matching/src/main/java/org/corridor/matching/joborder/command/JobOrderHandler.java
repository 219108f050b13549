package org.corridor.matching.joborder.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.corridor.matching.common.UnknownToCaller;
import org.corridor.matching.joborder.api.AmendJobOrder;
import org.corridor.matching.joborder.api.ChangeJobOrderStatus;
import org.corridor.matching.joborder.api.JobOrderDecision;
import org.corridor.matching.joborder.api.JobOrderStatus;
import org.corridor.matching.joborder.api.JobOrderTerms;
import org.corridor.matching.joborder.api.OpenJobOrder;
import org.corridor.matching.joborder.api.RuleBreach;
import org.corridor.matching.joborder.api.SchemeRules;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Opens, amends and closes job orders: gathers what the fair-recruitment rules need (the employer's standing from
 * its aggregate, the scheme's terms, and the places other orders hold, from the scheme's intake quota, locked for
 * this command), runs every rule, and records the outcome together with the order's reservation of places, in one
 * unit of work (ADR 0034).
 */
@Component
class JobOrderHandler {

    private final Repository<JobOrder> jobOrders;
    private final EmployerRegister employers;
    private final SchemeRulebook schemes;
    private final SchemePlaces places;

    JobOrderHandler(Repository<JobOrder> jobOrders, EmployerRegister employers, SchemeRulebook schemes,
                    SchemePlaces places) {
        this.jobOrders = jobOrders;
        this.employers = employers;
        this.schemes = schemes;
        this.places = places;
    }

    @CommandHandler
    JobOrderDecision handle(OpenJobOrder command) throws Exception {
        JobOrderTerms terms = command.terms();
        Optional<SchemeRules> rules = schemes.rulesOf(terms.schemeId());
        SchemePlaces.Ledger quota = rules.isPresent() ? places.of(terms.schemeId(), terms.intakeYear()) : null;
        List<RuleBreach> breaches = check(command.employerId(), terms, rules.orElse(null),
                quota == null ? 0 : quota.heldByOthers(command.jobOrderId()));
        if (breaches.isEmpty()) {
            quota.reserve(command.jobOrderId(), terms.positions(), quotaPlaces(rules.get(), terms));
        }
        jobOrders.newInstance(() -> new JobOrder(command.jobOrderId(), command.employerId(), terms, breaches));
        return new JobOrderDecision(command.jobOrderId(), breaches.isEmpty(), breaches);
    }

    @CommandHandler
    JobOrderDecision handle(AmendJobOrder command) {
        Aggregate<JobOrder> order = load(command.jobOrderId());
        order.execute(o -> {
            o.requireOwner(command.employerId());
            o.requireAmendable();
        });
        JobOrderTerms terms = command.terms();
        String heldSchemeId = order.invoke(JobOrder::schemeId);
        int heldYear = order.invoke(JobOrder::intakeYear);
        boolean holdsPlaces = order.invoke(JobOrder::positionsHeld) > 0;
        boolean moves = !heldSchemeId.equals(terms.schemeId()) || heldYear != terms.intakeYear();
        Optional<SchemeRules> rules = schemes.rulesOf(terms.schemeId());
        // Two quotas are locked in the order of their ids, so two amendments crossing over cannot wait on each other.
        SchemePlaces.Ledger held = null;
        SchemePlaces.Ledger quota = null;
        if (holdsPlaces && moves && rules.isPresent()) {
            boolean heldFirst = SchemeIntakeQuota.idOf(heldSchemeId, heldYear)
                    .compareTo(SchemeIntakeQuota.idOf(terms.schemeId(), terms.intakeYear())) < 0;
            if (heldFirst) {
                held = places.of(heldSchemeId, heldYear);
                quota = places.of(terms.schemeId(), terms.intakeYear());
            } else {
                quota = places.of(terms.schemeId(), terms.intakeYear());
                held = places.of(heldSchemeId, heldYear);
            }
        } else if (rules.isPresent()) {
            quota = places.of(terms.schemeId(), terms.intakeYear());
        }
        List<RuleBreach> breaches = check(command.employerId(), terms, rules.orElse(null),
                quota == null ? 0 : quota.heldByOthers(command.jobOrderId()));
        if (breaches.isEmpty()) {
            if (held != null) {
                held.release(command.jobOrderId());
            }
            quota.reserve(command.jobOrderId(), terms.positions(), quotaPlaces(rules.get(), terms));
        }
        order.execute(o -> o.amend(terms, breaches));
        return new JobOrderDecision(command.jobOrderId(), breaches.isEmpty(), breaches);
    }

    @CommandHandler
    void handle(ChangeJobOrderStatus command) {
        Aggregate<JobOrder> order = load(command.jobOrderId());
        order.execute(o -> o.requireOwner(command.employerId()));
        boolean heldPlaces = order.invoke(JobOrder::positionsHeld) > 0;
        order.execute(o -> o.changeStatus(command));
        if (heldPlaces && command.to() == JobOrderStatus.CLOSED) {
            places.of(order.invoke(JobOrder::schemeId), order.invoke(JobOrder::intakeYear))
                    .release(command.jobOrderId());
        }
    }

    private Aggregate<JobOrder> load(String jobOrderId) {
        try {
            return jobOrders.load(jobOrderId);
        } catch (AggregateNotFoundException e) {
            throw new UnknownToCaller("job order", jobOrderId);
        }
    }

    private List<RuleBreach> check(String employerId, JobOrderTerms terms, SchemeRules rules, int takenByOthers) {
        EmployerRegister.Standing standing = employers.standingOf(employerId);
        return FairRecruitmentPolicy.check(terms, new RecruitmentContext(standing.mayOpenJobOrders(),
                standing.reasons(), rules, takenByOthers));
    }

    /** Present whenever no rule is broken: {@code scheme-quota} refuses a year without places. */
    private static int quotaPlaces(SchemeRules rules, JobOrderTerms terms) {
        return rules.awayPlaces(terms.intakeYear()).orElseThrow();
    }
}
