package org.corridor.identity.account.command;

import java.util.List;
import java.util.Set;

/**
 * The platform's roles (who may do and see what), and which of them a scheme administrator may give. A scheme
 * administrator sets up the people who run its scheme: the origin agencies' clerks, the training providers and
 * the recognition officers of the competent authority. It never gives its own role or any other: employers
 * register themselves, workers activate their own accounts, and consulates, counsellors and monitors belong to
 * other administrations.
 */
public final class Roles {

    public static final String SCHEME_ADMIN = "SCHEME_ADMIN";
    public static final String ORIGIN_AGENCY = "ORIGIN_AGENCY";
    public static final String TRAINING_PROVIDER = "TRAINING_PROVIDER";
    public static final String RECOGNITION_OFFICER = "RECOGNITION_OFFICER";
    public static final String EMPLOYER = "EMPLOYER";
    public static final String CONSULATE = "CONSULATE";
    public static final String WORKER = "WORKER";
    public static final String COUNSELLOR = "COUNSELLOR";
    public static final String MONITOR = "MONITOR";

    public static final List<String> ALL = List.of(SCHEME_ADMIN, ORIGIN_AGENCY, TRAINING_PROVIDER,
            RECOGNITION_OFFICER, EMPLOYER, CONSULATE, WORKER, COUNSELLOR, MONITOR);

    public static final Set<String> GRANTED_BY_SCHEME_ADMIN = Set.of(ORIGIN_AGENCY, TRAINING_PROVIDER,
            RECOGNITION_OFFICER);

    /** Roles whose tokens must name a country, because the services scope them by it. */
    public static final Set<String> NEED_COUNTRY = Set.of(ORIGIN_AGENCY, RECOGNITION_OFFICER);

    private Roles() {
    }
}
