package org.corridor.kernel.config;

import java.time.Duration;

/**
 * A command was not handled within {@code corridor.commands.timeout}. The request thread stops waiting; the command
 * may still be handled afterwards, so whoever sent it checks whether it took effect before sending it again.
 */
public class CommandTimedOutException extends RuntimeException {

    private final transient Object command;
    private final Duration timeout;

    public CommandTimedOutException(Object command, Duration timeout, Throwable cause) {
        super("No answer to " + command.getClass().getSimpleName() + " within " + timeout, cause);
        this.command = command;
        this.timeout = timeout;
    }

    public Object command() {
        return command;
    }

    public Duration timeout() {
        return timeout;
    }
}
