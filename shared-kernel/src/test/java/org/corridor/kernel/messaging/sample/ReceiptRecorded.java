package org.corridor.kernel.messaging.sample;

/** @param commandCausationId the cause the {@link RecordReceipt} command carried in its metadata */
public record ReceiptRecorded(String receiptId, String dossierId, String commandCausationId) {
}
