package org.corridor.identity.erasure.query;

import io.swagger.v3.oas.annotations.media.Schema;
import org.corridor.identity.erasure.api.ErasedItem;
import org.corridor.identity.erasure.api.Hold;
import org.corridor.identity.erasure.api.Requester;

import java.time.Instant;
import java.util.List;

/**
 * A person's erasure receipt: what each service erased, held, or still has to answer. Holds no personal data: the
 * person id, the services and their words.
 */
@Schema(description = "What each service erased where, held, or has yet to answer", example = """
        {"erasureId": "e7a1c2d3-4b5e-4f60-8a9b-0c1d2e3f4a5b", "personId": "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
         "requestedAt": "2026-12-02T10:00:00Z", "requestedBy": "PERSON", "complete": false, "completedAt": null,
         "services": [
          {"service": "identity", "outcome": "ERASED", "answeredAt": "2026-12-02T10:00:00Z",
           "items": [{"store": "ACCOUNT", "description": "your sign-in account: user name, password hash and one-time codes", "action": "REMOVED"}],
           "holds": []},
          {"service": "visa-permit-tracking", "outcome": "HELD", "answeredAt": "2026-12-02T10:00:03Z",
           "items": [{"store": "READ_MODEL", "description": "contact details in your permit application", "action": "CLEARED"}],
           "holds": [{"rule": "residence permit records are kept while the permit is valid", "kept": "passport number and permit dates", "until": "when the permit ends"}]},
          {"service": "skills-recognition", "outcome": "PENDING", "answeredAt": null, "items": [], "holds": []}]}""")
public record Receipt(String erasureId, String personId, Instant requestedAt, Requester requestedBy,
                      boolean complete, Instant completedAt, List<Line> services) {

    /** Said of a service that has not answered yet. */
    public static final String PENDING = "PENDING";

    /** One service's line: PENDING until it answers, then ERASED, NOTHING_HELD or HELD, with what and when. */
    public record Line(String service, String outcome, Instant answeredAt, List<ErasedItem> items, List<Hold> holds) {
    }

    public Line line(String service) {
        return services.stream().filter(line -> line.service().equals(service)).findFirst().orElse(null);
    }
}
