package org.corridor.kernel.messaging.sample;

public record DossierOpened(String dossierId, String title) {
}
