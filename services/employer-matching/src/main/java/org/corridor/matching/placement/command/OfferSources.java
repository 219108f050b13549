package org.corridor.matching.placement.command;

import org.corridor.matching.placement.api.OfferTerms;

import java.util.Optional;

/** What offers read: the job order they are made for, and whether the person is an eligible candidate for it. */
public interface OfferSources {

    /** The terms of the employer's open job order, if it is open and the employer's. */
    Optional<OpenJobOrder> openJobOrder(String jobOrderId);

    /** Whether the person is in the pool now and eligible for the order (same scheme and occupation). */
    boolean eligibleCandidate(String personId, String jobOrderId);

    record OpenJobOrder(String jobOrderId, String employerId, OfferTerms terms) {
    }
}
