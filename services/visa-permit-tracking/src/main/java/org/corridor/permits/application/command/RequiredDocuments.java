package org.corridor.permits.application.command;

import org.corridor.permits.application.api.DocumentType;

import java.util.List;

/** The documents the consulate checks before it lodges a work permit application. */
final class RequiredDocuments {

    static final List<DocumentType> FOR_WORK = List.of(DocumentType.values());

    private RequiredDocuments() {
    }
}
