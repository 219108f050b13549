package org.corridor.kernel.messaging.sample;

public record DossierAmended(String dossierId, String title) {
}
