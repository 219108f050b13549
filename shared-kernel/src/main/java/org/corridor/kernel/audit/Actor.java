package org.corridor.kernel.audit;

/**
 * Who caused a message: a signed-in user with their role and organisation, or a service acting on its own
 * (a Kafka consumer, a deadline) under the role {@code SYSTEM}.
 */
public record Actor(String userId, String role, String organisation) {

    public static final String SYSTEM_ROLE = "SYSTEM";

    public Actor {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("an actor needs a user id");
        }
        role = role == null || role.isBlank() ? "UNSPECIFIED" : role;
        organisation = organisation == null ? "" : organisation;
    }

    public static Actor system(String serviceName) {
        return new Actor("system:" + serviceName, SYSTEM_ROLE, serviceName);
    }
}
