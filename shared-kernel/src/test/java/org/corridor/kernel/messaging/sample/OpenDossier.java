package org.corridor.kernel.messaging.sample;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record OpenDossier(@TargetAggregateIdentifier String dossierId, String title) {
}
