package org.corridor.kernel.audit;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Stamps every command with who sent it and the correlation id of the work in hand, unless the sender already
 * did; a command sent while an integration event is handled (outside any Axon unit of work) also records that
 * event as its cause. With the correlation data providers of {@link AuditAutoConfiguration} this makes the audit trail of stored events
 * complete by construction: no handler has to remember it.
 */
public class AuditCommandDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final String serviceName;

    public AuditCommandDispatchInterceptor(String serviceName) {
        this.serviceName = serviceName;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            MetaData metaData = command.getMetaData();
            if (metaData.containsKey(AuditMetadata.USER_ID) && metaData.containsKey(AuditMetadata.CORRELATION_ID)) {
                return command;
            }
            Actor actor = AuditMetadata.actorOf(metaData);
            if (actor == null) {
                actor = currentActor();
            }
            String correlationId = metaData.containsKey(AuditMetadata.CORRELATION_ID)
                    ? metaData.get(AuditMetadata.CORRELATION_ID).toString()
                    : CorrelationContext.currentOrNew();
            MetaData audit = AuditMetadata.of(actor, correlationId);
            Optional<String> cause = metaData.containsKey(AuditMetadata.CAUSATION_ID)
                    ? Optional.empty() : CorrelationContext.currentCausation();
            return command.andMetaData(cause.map(id -> audit.and(AuditMetadata.CAUSATION_ID, id)).orElse(audit));
        };
    }

    private Actor currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return Actors.fromJwt(jwt);
        }
        return Actor.system(serviceName);
    }
}
