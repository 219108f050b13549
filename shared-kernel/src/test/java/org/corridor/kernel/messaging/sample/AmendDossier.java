package org.corridor.kernel.messaging.sample;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AmendDossier(@TargetAggregateIdentifier String dossierId, String title) {
}
