package org.corridor.kernel.messaging;

/** A record that is not a readable integration event: retrying cannot help, it goes to the dead-letter topic. */
public class MalformedIntegrationEventException extends RuntimeException {

    public MalformedIntegrationEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
