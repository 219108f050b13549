package org.corridor.returns.returncase.api;

public enum MeasureOutcome {
    COMPLETED, PARTLY_COMPLETED, NOT_COMPLETED, CANCELLED
}
