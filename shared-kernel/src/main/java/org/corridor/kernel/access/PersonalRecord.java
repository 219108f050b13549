package org.corridor.kernel.access;

import org.axonframework.eventhandling.EventMessage;
import org.corridor.kernel.audit.Actor;
import org.corridor.kernel.audit.AuditMetadata;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What one service holds about a person, for the person's right of access and portability: the data (personal
 * values opened with the person's key), what changed and who changed it, and who was shown it. The gateway puts
 * every service's record into one document.
 *
 * @param data     the service's records of the person, by section ("trainee", "recognition cases", ...)
 * @param changes  what happened to the records, oldest first, with who did it
 * @param accesses who else was shown the records, newest first
 */
public record PersonalRecord(String service, String personId, Instant generatedAt, Map<String, Object> data,
                             List<Change> changes, List<AccessLog.Access> accesses) {

    /** One recorded change: when, what (in words), and who did it (role and organisation, or the person). */
    public record Change(Instant at, String what, String byUserId, List<String> byRoles, String byOrganisation) {

        /** The change a stored event records, said as {@code what}, by the actor of its audit metadata (ADR 7). */
        public static Change of(EventMessage<?> event, String what) {
            Actor actor = AuditMetadata.actorOf(event.getMetaData());
            if (actor == null) {
                return new Change(event.getTimestamp(), what, null, List.of(), null);
            }
            List<String> roles = actor.role() == null ? List.of() : Arrays.stream(actor.role().split(","))
                    .map(String::strip).filter(role -> !role.isEmpty()).toList();
            return new Change(event.getTimestamp(), what, actor.userId(), roles, actor.organisation());
        }
    }
}
