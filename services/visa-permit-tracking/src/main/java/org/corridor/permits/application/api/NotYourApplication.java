package org.corridor.permits.application.api;

/**
 * The caller acts for another post, or is another person, than the application belongs to. Answered as "not found",
 * so that nobody learns which applications exist elsewhere.
 */
public class NotYourApplication extends RuntimeException {

    public NotYourApplication(String applicationId) {
        super("No permit application with id " + applicationId);
    }
}
