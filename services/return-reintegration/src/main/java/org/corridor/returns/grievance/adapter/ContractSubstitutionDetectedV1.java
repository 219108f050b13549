package org.corridor.returns.grievance.adapter;

import java.util.List;

/** Return-reintegration's own copy of {@code employer-matching.contract-substitution-detected.v1}. */
record ContractSubstitutionDetectedV1(String placementId, String personId, String employerId, String schemeId,
                                      List<Term> worseTerms, String detectedOn) {

    static final String TYPE = "employer-matching.contract-substitution-detected.v1";

    record Term(String term, String offered, String signed) {
    }
}
