package org.corridor.returns.returncase.api;

/** How a return case ended. */
public enum CaseOutcome {
    REINTEGRATED, PARTLY_REINTEGRATED, MIGRATED_AGAIN, SUPPORT_DECLINED, CONTACT_LOST
}
