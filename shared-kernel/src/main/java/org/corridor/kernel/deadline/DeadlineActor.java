package org.corridor.kernel.deadline;

import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.corridor.kernel.audit.Actor;
import org.corridor.kernel.audit.AuditMetadata;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A deadline fires on the service's own account: what its handler records is stamped with the service as actor
 * ({@code system:<service>}, role {@code SYSTEM}), not with the user whose command scheduled it months before. The
 * correlation id of that command is kept, so the audit trail still leads back to it.
 */
final class DeadlineActor implements MessageDispatchInterceptor<DeadlineMessage<?>> {

    private final Actor actor;

    DeadlineActor(String serviceName) {
        this.actor = Actor.system(serviceName);
    }

    @Override
    public BiFunction<Integer, DeadlineMessage<?>, DeadlineMessage<?>> handle(
            List<? extends DeadlineMessage<?>> messages) {
        return (index, deadline) -> deadline.andMetaData(Map.of(
                AuditMetadata.USER_ID, actor.userId(),
                AuditMetadata.ROLE, actor.role(),
                AuditMetadata.ORGANISATION, actor.organisation()));
    }
}
