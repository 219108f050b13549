package org.corridor.skills.certification.api;

public enum CertificationOutcome {
    CERTIFIED, PARTIALLY_CERTIFIED, NOT_CERTIFIED
}
