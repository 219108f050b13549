package org.corridor.matching.employer.api;

import org.corridor.kernel.privacy.DataSubject;
import org.corridor.kernel.privacy.PersonalData;
import org.corridor.kernel.types.CountryCode;

/**
 * An employer registered. The contact person's details are sealed under the employer record's own key: erasing
 * that key erases them, and the forwarder never puts them on a topic.
 */
public record EmployerRegistered(@DataSubject String employerId, String legalName, String registrationNumber,
                                 CountryCode country, String sector, @PersonalData EmployerContact contact) {
}
