package org.corridor.embedded;

import java.util.List;

/**
 * The applications the platform runs, in the order they start: the identity service (the token issuer) first, the
 * gateway last, in front of the rest.
 */
final class Services {

    /**
     * @param offset       port offset from the port base (gateway 0, services 1..4, identity 5)
     * @param urlVariable  the environment variable through which the gateway finds this service, if it routes to it
     */
    record Service(String name, int offset, String urlVariable) {

        int port(int portBase) {
            return portBase + offset;
        }

        boolean isGateway() {
            return urlVariable == null;
        }

        boolean isIdentity() {
            return this.equals(IDENTITY);
        }
    }

    static final Service IDENTITY = new Service("identity", 5, "IDENTITY_URL");
    static final Service SKILLS_RECOGNITION = new Service("skills-recognition", 1, "SKILLS_RECOGNITION_URL");
    static final Service EMPLOYER_MATCHING = new Service("employer-matching", 2, "EMPLOYER_MATCHING_URL");
    static final Service VISA_PERMIT_TRACKING = new Service("visa-permit-tracking", 3, "VISA_PERMIT_TRACKING_URL");
    static final Service RETURN_REINTEGRATION = new Service("return-reintegration", 4, "RETURN_REINTEGRATION_URL");
    static final Service GATEWAY = new Service("gateway", 0, null);

    static final List<Service> ALL = List.of(IDENTITY,
            SKILLS_RECOGNITION, EMPLOYER_MATCHING, VISA_PERMIT_TRACKING, RETURN_REINTEGRATION, GATEWAY);

    private Services() {
    }
}
