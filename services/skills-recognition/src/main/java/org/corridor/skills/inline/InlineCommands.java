package org.corridor.skills.inline;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.Configuration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Hands a command to another aggregate inside the unit of work of the command being handled: on the same thread,
 * in the same transaction, with the same audit metadata. The command bus is asynchronous (requests never hang on a
 * command), so a nested {@code sendAndWait} would commit on its own and could starve the bus's threads; an
 * enrolment and the place it takes must commit together or not at all (ADR 0022).
 */
@Component
public class InlineCommands {

    private final ObjectProvider<Configuration> axon;

    InlineCommands(ObjectProvider<Configuration> axon) {
        this.axon = axon;
    }

    /** Loads the aggregate of {@code type} with {@code id} and lets it handle {@code command}; returns its result. */
    @SuppressWarnings("unchecked")
    public <A, R> R handle(Class<A> type, String id, Object command) {
        try {
            return (R) axon.getObject().repository(type).load(id).handle(GenericCommandMessage.asCommandMessage(command));
        } catch (RuntimeException refused) {
            throw refused;
        } catch (Exception failed) {
            throw new IllegalStateException("command " + command.getClass().getSimpleName() + " failed", failed);
        }
    }
}
