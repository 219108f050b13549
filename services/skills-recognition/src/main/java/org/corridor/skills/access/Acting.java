package org.corridor.skills.access;

import java.util.Set;

/**
 * Who is acting, as far as the rules of scope need it: the caller's roles, organisation, country and (for a
 * worker) the person id their records carry. Carried by commands so that the aggregate, not only the web layer,
 * refuses a caller outside its scope.
 */
public record Acting(Set<String> roles, String organisation, String country, String personId) {

    public Acting {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** Whether the caller may act on the record of {@code person}, enrolled by {@code enrollingOrganisation}. */
    public boolean mayActFor(String person, String enrollingOrganisation) {
        return (is("WORKER") && person.equals(personId))
                || (is("ORIGIN_AGENCY") && enrollingOrganisation != null && enrollingOrganisation.equals(organisation));
    }
}
