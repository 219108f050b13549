package org.corridor.permits.person.adapter;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.corridor.kernel.privacy.CryptoShredder;
import org.corridor.permits.application.api.ApplicationCommands.ErasePersonalDetails;
import org.corridor.permits.application.api.ApplicationEvents.PermitEnded;
import org.corridor.permits.application.query.ApplicationView;
import org.corridor.permits.application.query.PermitApplications;
import org.corridor.permits.person.api.ErasedItem;
import org.corridor.permits.person.api.ErasedItem.Action;
import org.corridor.permits.person.api.ErasedItem.Store;
import org.corridor.permits.person.api.ErasureCommands.CompleteErasure;
import org.corridor.permits.person.api.ErasureCommands.EndHold;
import org.corridor.permits.person.api.ErasureEvents.ErasureDue;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Does the erasure the person's {@code PersonErasure} decided, from the event store (so a crash or a restart means
 * doing it again, never skipping it): destroys the person's key, has each of the person's applications drop what it
 * counted on (which clears the views), and says what was erased where. Also ends a hold when the application that
 * held it ends. Never replayed: its effects are done once.
 */
@Component
@ProcessingGroup(ErasureWork.PROCESSING_GROUP)
class ErasureWork {

    static final String PROCESSING_GROUP = "person-erasures";
    private static final int PAGE = 200;

    private final CommandGateway commands;
    private final CryptoShredder shredder;
    private final PermitApplications applications;

    ErasureWork(CommandGateway commands, CryptoShredder shredder, PermitApplications applications) {
        this.commands = commands;
        this.shredder = shredder;
        this.applications = applications;
    }

    @EventHandler
    @DisallowReplay
    void on(ErasureDue due) {
        Map<String, Optional<ApplicationView>> views = new LinkedHashMap<>();
        due.applicationIds().forEach(id -> views.put(id, applications.find(id)));
        ofPerson(due.personId()).forEach(view -> views.put(view.applicationId(), Optional.of(view)));

        shredder.erase(due.personId(), "system:visa-permit-tracking (the person's erasure request)");
        for (String applicationId : views.keySet()) {
            try {
                commands.sendAndWait(new ErasePersonalDetails(applicationId, due.personId()));
            } catch (AggregateNotFoundException gone) {
                // Known to the request but never opened here: nothing to clear.
            }
        }
        commands.sendAndWait(new CompleteErasure(due.personId(), items(views.values())));
    }

    @EventHandler
    @DisallowReplay
    void on(PermitEnded ended) {
        try {
            commands.sendAndWait(new EndHold(ended.personId(), ended.applicationId()));
        } catch (AggregateNotFoundException noErasure) {
            // The person never asked to be forgotten: no hold to end.
        }
    }

    /** In the person's words: what the service held and what became of it. Nothing held: no items. */
    static List<ErasedItem> items(Collection<Optional<ApplicationView>> views) {
        List<ApplicationView> found = views.stream().flatMap(Optional::stream).toList();
        List<ErasedItem> items = new ArrayList<>();
        if (found.isEmpty()) {
            return items;
        }
        boolean permit = found.stream().anyMatch(view -> view.permitNumber() != null);
        items.add(new ErasedItem(Store.EVENT_STORE, "passport number, nationality, birth date, declared gender"
                + (permit ? " and permit number" : "") + " recorded with your permit application"
                + (found.size() > 1 ? "s" : "") + "; your key is destroyed, so they can never be read again",
                Action.KEY_DESTROYED));
        if (found.stream().anyMatch(view -> view.personalDetailsAdded() || view.detailsErased())) {
            items.add(new ErasedItem(Store.READ_MODEL, "the gender you declared, kept beside your application so "
                    + "that a correction moves the count; the gender counts keep your application, unnamed",
                    Action.REMOVED));
        }
        if (permit) {
            items.add(new ErasedItem(Store.READ_MODEL, "your permit number on the consulate's view of your "
                    + "application", Action.CLEARED));
        }
        return items;
    }

    private List<ApplicationView> ofPerson(String personId) {
        List<ApplicationView> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<ApplicationView> views = applications.ofPerson(personId, page, PAGE);
            all.addAll(views);
            if (views.size() < PAGE) {
                return all;
            }
        }
    }
}
