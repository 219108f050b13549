package org.corridor.skills.trainee.web;

import java.util.List;
import java.util.Map;

/** What the enrolment imports hold of one person, for the person's own record. */
public interface EnrolmentImportRecords {

    /** The rows naming the person: import, scheme, line, outcome and the state of the kept activation code. */
    List<Map<String, Object>> ofPerson(String personId);
}
