package org.corridor.returns.grievance.api;

/** How soon a counsellor must act: URGENT when the worker is at risk (documents held, no wages to live on). */
public enum Priority {
    URGENT, HIGH, NORMAL
}
