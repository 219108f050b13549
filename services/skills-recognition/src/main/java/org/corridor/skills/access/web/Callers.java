package org.corridor.skills.access.web;

import org.corridor.kernel.security.Caller;
import org.corridor.skills.access.Acting;

import java.util.HashSet;

/** The scope of the caller (roles, organisation, country, person), as the domain's commands carry it. */
public final class Callers {

    private Callers() {
    }

    public static Acting acting(Caller caller) {
        return new Acting(new HashSet<>(caller.roles()), caller.organisation(), caller.country(), caller.personId());
    }
}
