package org.corridor.permits.person.command;

import org.corridor.permits.person.api.ApplicationStanding;
import org.corridor.permits.person.api.Hold;

import java.util.Optional;

/**
 * When the consulate must be able to answer for a live case or permit, the worker's details stay until it is over
 * (docs/adr/0042-erasure-and-legal-holds-in-permits.md): an application on its way to, or lodged with, the
 * immigration system and not decided; an approved application and an issued permit until the permit ends; a
 * refusal until it is final and the application is closed. An application never lodged, or ended, holds nothing.
 */
final class LegalHold {

    static final String LIVE_CASE = "live-immigration-case";
    static final String LIVE_PERMIT = "live-permit";
    static final String REFUSAL_OPEN_TO_APPEAL = "refusal-open-to-appeal";

    private static final String KEPT = "passport number, nationality, birth date and declared gender on permit "
            + "application ";

    private LegalHold() {
    }

    static Optional<Hold> on(ApplicationStanding application) {
        String kept = KEPT + application.applicationId();
        return switch (application.status()) {
            case OPEN, ENDED -> Optional.empty();
            case LODGEMENT_PENDING, LODGED -> Optional.of(new Hold(application.applicationId(),
                    LIVE_CASE + ": the application is lodged with the destination's immigration system and not "
                            + "decided; the consulate must be able to answer for the live case",
                    kept, "until the application is decided and, if a permit is issued, until the permit ends"));
            case APPROVED, ISSUED -> Optional.of(new Hold(application.applicationId(),
                    LIVE_PERMIT + ": the permit is approved or issued and still valid; the consulate must be able "
                            + "to answer for it",
                    kept, application.validUntil() == null ? "until the permit ends"
                            : "until the permit ends (valid until " + application.validUntil() + ")"));
            case REFUSED -> Optional.of(new Hold(application.applicationId(),
                    REFUSAL_OPEN_TO_APPEAL + ": the application was refused and may still be appealed; the "
                            + "consulate must be able to answer for the decision",
                    kept, application.appealBy() == null ? "until the refusal is final and the application closed"
                            : "until the refusal is final (appeal possible until " + application.appealBy()
                            + ") and the application closed"));
        };
    }
}
