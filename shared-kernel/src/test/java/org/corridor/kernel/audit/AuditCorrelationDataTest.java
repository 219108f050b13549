package org.corridor.kernel.audit;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a message being handled passes on to every message its handling produces. */
class AuditCorrelationDataTest {

    final AuditAutoConfiguration configuration = new AuditAutoConfiguration();
    final List<CorrelationDataProvider> providers = List.of(configuration.auditFlowCorrelationDataProvider(),
            configuration.auditActorCorrelationDataProvider());

    @Test
    void the_actor_and_the_flow_are_kept_and_the_handled_message_becomes_the_cause() {
        Message<?> command = new GenericCommandMessage<>("define").andMetaData(
                AuditMetadata.of(new Actor("admin-1", "SCHEME_ADMIN", "scheme-admin"), "flow-42")
                        .and("unrelated", "not carried"));

        assertThat(passedOn(command)).containsExactlyInAnyOrderEntriesOf(Map.of(
                AuditMetadata.USER_ID, "admin-1",
                AuditMetadata.ROLE, "SCHEME_ADMIN",
                AuditMetadata.ORGANISATION, "scheme-admin",
                AuditMetadata.CORRELATION_ID, "flow-42",
                AuditMetadata.CAUSATION_ID, command.getIdentifier()));
    }

    @Test
    void a_message_that_starts_a_flow_is_its_correlation_and_its_cause() {
        Message<?> command = new GenericCommandMessage<>("define");

        assertThat(passedOn(command)).containsExactlyInAnyOrderEntriesOf(Map.of(
                AuditMetadata.CORRELATION_ID, command.getIdentifier(),
                AuditMetadata.CAUSATION_ID, command.getIdentifier()));
    }

    private MetaData passedOn(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        providers.forEach(provider -> data.putAll(provider.correlationDataFor(message)));
        return MetaData.from(data);
    }
}
