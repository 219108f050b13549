package org.corridor.identity.erasure.api;

/** Who asked for an erasure: the person through their own account, or an origin agency of their country for them. */
public enum Requester {
    PERSON,
    ORIGIN_AGENCY
}
