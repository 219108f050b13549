package org.corridor.matching.joborder.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The employer pauses, resumes, marks filled or closes its job order. */
public record ChangeJobOrderStatus(@TargetAggregateIdentifier String jobOrderId, String employerId,
                                   JobOrderStatus to, String reason) {
}
