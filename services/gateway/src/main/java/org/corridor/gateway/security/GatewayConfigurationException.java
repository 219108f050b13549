package org.corridor.gateway.security;

/** A configuration the gateway refuses to start with; says what is wrong and what to set. */
public class GatewayConfigurationException extends RuntimeException {

    private final String action;

    public GatewayConfigurationException(String description, String action) {
        super(description);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
