package org.corridor.matching.employer.command;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.corridor.matching.joborder.command.EmployerRegister;
import org.springframework.stereotype.Component;

/**
 * Reads an employer's standing from its aggregate, within the unit of work of the command that asks, so that a
 * suspension recorded a moment ago is already seen (a read model could lag behind it).
 */
@Component
class EmployerStandings implements EmployerRegister {

    private final Repository<Employer> employers;

    EmployerStandings(Repository<Employer> employers) {
        this.employers = employers;
    }

    @Override
    public Standing standingOf(String employerId) {
        try {
            return employers.load(employerId).invoke(Employer::standing);
        } catch (AggregateNotFoundException notRegistered) {
            return Employer.unregistered(employerId);
        }
    }
}
