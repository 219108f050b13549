package org.corridor.matching.employer.api;

import java.util.Map;

/** What an employer is told about the kind of grievance that suspended it (the grievance names no worker). */
public final class GrievanceKinds {

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "UNPAID_WAGES", "unpaid wages",
            "RECRUITMENT_FEE", "a recruitment fee or cost charged to a worker",
            "DOCUMENTS_CONFISCATED", "a worker's identity documents withheld",
            "CONTRACT_SUBSTITUTION", "a contract worse than the accepted offer",
            "OTHER", "a breach of the scheme's terms");

    private GrievanceKinds() {
    }

    public static String describe(String kind) {
        return DESCRIPTIONS.getOrDefault(kind, DESCRIPTIONS.get("OTHER"));
    }
}
