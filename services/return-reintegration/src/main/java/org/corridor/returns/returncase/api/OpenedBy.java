package org.corridor.returns.returncase.api;

/** How a return case came to be: a permit's end reported by visa-permit-tracking, or the returnee registering. */
public enum OpenedBy {
    PERMIT_ENDED, SELF_REGISTERED
}
