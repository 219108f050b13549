package org.corridor.returns.grievance.api;

public record OfferTakenUp(String offerId, String grievanceId) {
}
