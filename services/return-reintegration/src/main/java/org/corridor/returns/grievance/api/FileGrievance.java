package org.corridor.returns.grievance.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.Money;
import org.corridor.kernel.types.PersonId;

import java.time.LocalDate;
import java.util.List;

/**
 * A worker files a grievance.
 *
 * @param homeCountry              the worker's country, whose counsellors take the grievance
 * @param countryOfWork            where they worked, or were recruited to work, when they say: the corridor it is
 *                                 counted under
 * @param placementId              the placement it concerns, when known (a prefilled grievance carries it)
 * @param amountClaimed            what the worker lost; required for unpaid wages and recruitment fees
 * @param answerLanguage           ISO 639-1 code of the language the worker wants answers in
 * @param anonymousTowardsEmployer the employer is never told who filed it, unless the worker later agrees
 * @param account                  the worker's own account of what happened (personal data)
 */
public record FileGrievance(@TargetAggregateIdentifier String grievanceId, PersonId worker, CountryCode homeCountry,
                            CountryCode countryOfWork, Respondent respondent, String schemeId, String placementId,
                            GrievanceKind kind,
                            Period period, Money amountClaimed, List<String> evidenceReferences,
                            String answerLanguage, boolean anonymousTowardsEmployer, String account,
                            LocalDate filedOn) {
}
