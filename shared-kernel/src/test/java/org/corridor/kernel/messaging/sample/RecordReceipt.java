package org.corridor.kernel.messaging.sample;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordReceipt(@TargetAggregateIdentifier String receiptId, String dossierId) {
}
