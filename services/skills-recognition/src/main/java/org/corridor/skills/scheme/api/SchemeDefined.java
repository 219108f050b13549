package org.corridor.skills.scheme.api;

import org.corridor.kernel.types.SchemeId;

public record SchemeDefined(SchemeId schemeId, String administeringOrganisation, SchemeTerms terms) {
}
