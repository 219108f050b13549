package org.corridor.permits.application.api;

/** The documents a work permit application needs, checked by the consulate. */
public enum DocumentType {
    PASSPORT_COPY, EMPLOYMENT_CONTRACT, RECOGNITION_DECISION, MEDICAL_CERTIFICATE, POLICE_CLEARANCE
}
