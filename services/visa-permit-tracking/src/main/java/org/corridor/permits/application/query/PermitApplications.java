package org.corridor.permits.application.query;

import org.corridor.permits.application.api.ApplicationStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the web layer may ask of the applications read model. */
public interface PermitApplications {

    enum QueueOrder { AGE, DEADLINE }

    Optional<ApplicationView> find(String applicationId);

    /**
     * A post's applications, optionally in one status, optionally only those whose decision the immigration system
     * contradicts; oldest first or by decision deadline; a page at a time.
     */
    List<ApplicationView> queue(String post, ApplicationStatus status, boolean conflictsOnly, QueueOrder order,
                                int page, int size);

    long countQueue(String post, ApplicationStatus status, boolean conflictsOnly);

    List<ApplicationView> ofPerson(String personId, int page, int size);

    long countOfPerson(String personId);

    /** The lodgement's progress, as the immigration adapter reports it. */
    void recordLodgementAttempt(String applicationId, int attempts, Instant at, String outcome, Instant nextAttemptAt);

    /** A status check at the immigration system, as the status sync reports it. */
    void recordStatusCheck(String applicationId, Instant at, String outcome, Instant nextCheckAt);
}
