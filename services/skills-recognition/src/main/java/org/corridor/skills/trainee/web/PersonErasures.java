package org.corridor.skills.trainee.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.corridor.kernel.types.PersonId;
import org.corridor.skills.access.Acting;
import org.corridor.skills.trainee.api.ErasePerson;
import org.corridor.skills.trainee.query.TraineeQueries;
import org.corridor.skills.trainee.query.TraineeView;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The one way a person is erased here, for identity's request and for this service's own endpoint alike: first the
 * enrolment imports lose what they hold of the person (this needs the person's values, which the trainee record still
 * shows), then the erasure request is recorded, erasing the trainee in the same unit of work (ADR 0024). Safe to run
 * again: every step leaves an erased person as it is.
 */
@Component
public class PersonErasures {

    /** Shorter values (a two-letter name) would match too much of other people's refusals. */
    private static final int SHORTEST_QUOTED_VALUE = 4;

    private final CommandGateway commands;
    private final TraineeQueries trainees;
    private final EnrolmentImports imports;

    PersonErasures(CommandGateway commands, TraineeQueries trainees, EnrolmentImports imports) {
        this.commands = commands;
        this.trainees = trainees;
        this.imports = imports;
    }

    /**
     * @param acting   the caller of this service's endpoint (checked against the record), or null for identity
     * @param answered whether the answer goes back to identity
     */
    public void erase(String erasureId, PersonId personId, String requestedBy, Acting acting, boolean answered) {
        trainees.find(personId.value())
                .filter(view -> acting == null || acting.mayActFor(view.personId(), view.enrollingOrganisation()))
                .ifPresent(view -> imports.forget(view.personId(), view.schemeId(), quotable(view)));
        commands.sendAndWait(new ErasePerson(erasureId, personId, requestedBy, acting, answered));
    }

    private static List<String> quotable(TraineeView view) {
        return Stream.of(view.fullName(), view.birthDate(), view.phone(), view.email())
                .filter(Objects::nonNull).map(String::strip)
                .filter(value -> value.length() >= SHORTEST_QUOTED_VALUE).toList();
    }
}
