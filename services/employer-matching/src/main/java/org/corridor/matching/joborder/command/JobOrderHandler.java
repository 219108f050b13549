package org.corridor.matching.joborder.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.corridor.matching.common.UnknownToCaller;
import org.corridor.matching.joborder.api.AmendJobOrder;
import org.corridor.matching.joborder.api.JobOrderDecision;
import org.corridor.matching.joborder.api.JobOrderTerms;
import org.corridor.matching.joborder.api.OpenJobOrder;
import org.corridor.matching.joborder.api.RuleBreach;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Opens and amends job orders: gathers what the fair-recruitment rules need (the employer's standing from its
 * aggregate, the scheme's terms and the places other orders take), runs every rule, and records the outcome.
 */
@Component
class JobOrderHandler {

    private final Repository<JobOrder> jobOrders;
    private final EmployerRegister employers;
    private final SchemeRulebook schemes;

    JobOrderHandler(Repository<JobOrder> jobOrders, EmployerRegister employers, SchemeRulebook schemes) {
        this.jobOrders = jobOrders;
        this.employers = employers;
        this.schemes = schemes;
    }

    @CommandHandler
    JobOrderDecision handle(OpenJobOrder command) throws Exception {
        List<RuleBreach> breaches = check(command.employerId(), command.terms(), 0);
        jobOrders.newInstance(() -> new JobOrder(command.jobOrderId(), command.employerId(), command.terms(),
                breaches));
        return new JobOrderDecision(command.jobOrderId(), breaches.isEmpty(), breaches);
    }

    @CommandHandler
    JobOrderDecision handle(AmendJobOrder command) {
        Aggregate<JobOrder> order;
        try {
            order = jobOrders.load(command.jobOrderId());
        } catch (AggregateNotFoundException e) {
            throw new UnknownToCaller("job order", command.jobOrderId());
        }
        order.execute(o -> {
            o.requireOwner(command.employerId());
            o.requireAmendable();
        });
        int ownSameYear = order.invoke(o -> o.schemeId().equals(command.terms().schemeId())
                && o.intakeYear() == command.terms().intakeYear() ? o.positionsHeld() : 0);
        List<RuleBreach> breaches = check(command.employerId(), command.terms(), ownSameYear);
        order.execute(o -> o.amend(command.terms(), breaches));
        return new JobOrderDecision(command.jobOrderId(), breaches.isEmpty(), breaches);
    }

    private List<RuleBreach> check(String employerId, JobOrderTerms terms, int heldByThisOrder) {
        EmployerRegister.Standing standing = employers.standingOf(employerId);
        int takenByOthers = schemes.positionsTaken(terms.schemeId(), terms.intakeYear()) - heldByThisOrder;
        return FairRecruitmentPolicy.check(terms, new RecruitmentContext(standing.mayOpenJobOrders(),
                standing.reasons(), schemes.rulesOf(terms.schemeId()).orElse(null), Math.max(takenByOthers, 0)));
    }
}
