package org.corridor.skills.scheme.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the scheme read model answers; the web layer reads schemes only through this. */
public interface SchemeQueries {

    Optional<SchemeView> find(String schemeId);

    /** The version of the terms in force on {@code day}: the latest whose effective date is not after it. */
    Optional<SchemeView.VersionView> termsOn(String schemeId, LocalDate day);

    List<SchemeView> list(SchemeFilter filter, int page, int size);

    long count(SchemeFilter filter);

    /** Narrows a listing to what the caller may see; null means any. */
    record SchemeFilter(String administeringOrganisation, String originCountry, String destinationCountry) {
    }
}
