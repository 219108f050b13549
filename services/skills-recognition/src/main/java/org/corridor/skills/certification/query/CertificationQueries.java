package org.corridor.skills.certification.query;

import java.util.List;
import java.util.Map;

/** The certifications of skills gained abroad answered for a person, for their own record. */
public interface CertificationQueries {

    /** Oldest first: request, return case, outcome, certified skills, reasons, day decided. */
    List<Map<String, Object>> ofPerson(String personId);
}
