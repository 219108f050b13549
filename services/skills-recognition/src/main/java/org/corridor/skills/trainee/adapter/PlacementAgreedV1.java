package org.corridor.skills.trainee.adapter;

/**
 * This service's copy of {@code employer-matching.placement-agreed.v1}: only the fields it uses (schema copy in
 * {@code resources/contracts/consumed/}).
 */
record PlacementAgreedV1(String placementId, String personId, String schemeId, String employerId) {

    static final String TYPE = "employer-matching.placement-agreed.v1";
}
