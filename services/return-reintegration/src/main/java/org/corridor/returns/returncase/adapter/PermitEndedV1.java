package org.corridor.returns.returncase.adapter;

/** Return-reintegration's own copy of {@code visa-permit-tracking.permit-ended.v1}: the fields it uses. */
record PermitEndedV1(String applicationId, String personId, String schemeId, String employerId, String originCountry,
                     String destinationCountry, String endReason, String endedOn) {

    static final String TYPE = "visa-permit-tracking.permit-ended.v1";
}
