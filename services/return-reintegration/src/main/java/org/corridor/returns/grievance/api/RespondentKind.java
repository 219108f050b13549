package org.corridor.returns.grievance.api;

/** Who the grievance is against: the employer, or the licensed recruiter who placed the worker. */
public enum RespondentKind {
    EMPLOYER, RECRUITER
}
