package org.corridor.matching.placement.query;

import org.corridor.matching.placement.api.OfferTerms;
import org.corridor.matching.placement.api.WorseTerm;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * An offer and, once accepted, the placement, as its employer and its worker see it. No contact details: the
 * employer reads those the worker shared from the event store, where they are sealed.
 *
 * @param withdrawalReason why a withdrawn offer was withdrawn: the employer's words, or the platform's when the
 *                         candidate left the pool (which says no more than that)
 */
@Document(PlacementView.COLLECTION)
public record PlacementView(@Id String offerId, String jobOrderId, String employerId, String personId,
                            String schemeId, String status, String withdrawalReason, OfferTerms terms, List<String> previousEmployers,
                            List<WorseTerm> worseTerms, List<Fee> fees, Instant updatedAt) {

    static final String COLLECTION = "placements";

    public record Fee(String feeId, String item, String amount, String currency, String paidOn, String status) {
    }
}
