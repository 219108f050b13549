package org.corridor.matching.scheme.query;

import org.corridor.matching.common.UnknownToCaller;
import org.springframework.stereotype.Component;

/**
 * A scheme administrator acts on the schemes its organisation administers: those whose terms name its {@code org}
 * as administering organisation. A scheme that names none (the field is optional in the contract) is open to every
 * scheme administrator, as before the field existed.
 */
@Component
public class SchemeAdministrators {

    private final SchemeTermsProjection schemes;

    SchemeAdministrators(SchemeTermsProjection schemes) {
        this.schemes = schemes;
    }

    /** Whether {@code organisation} administers the scheme (one naming no administering organisation: any does). */
    public boolean administers(String organisation, String schemeId) {
        return schemes.find(schemeId).filter(terms -> terms.administeringOrganisation() == null
                || terms.administeringOrganisation().equals(organisation)).isPresent();
    }

    /** Refuses, as if the scheme did not exist, when {@code organisation} does not administer it. */
    public void requireAdministers(String organisation, String schemeId) {
        SchemeTerms terms = schemes.find(schemeId).orElseThrow(() -> new UnknownToCaller("scheme", schemeId));
        if (terms.administeringOrganisation() != null && !terms.administeringOrganisation().equals(organisation)) {
            throw new UnknownToCaller("scheme", schemeId);
        }
    }
}
