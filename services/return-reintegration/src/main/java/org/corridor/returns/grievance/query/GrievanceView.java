package org.corridor.returns.grievance.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;

/**
 * A grievance as lists show it: what it is about, where it is, whose it is. No personal values: the worker's
 * account and evidence are read from the event store, sealed there with the worker's key.
 *
 * @param version the sequence number of the last event applied, so a redelivered event is not applied twice
 */
@Document(GrievanceView.COLLECTION)
public record GrievanceView(@Id String grievanceId, String workerId, String homeCountry, String countryOfWork,
                            String respondentKind,
                            String respondentId, String schemeId, String placementId, String kind, String status,
                            String priority, String counsellorId, LocalDate periodFrom, LocalDate periodTo,
                            String amountClaimed, String amountRecovered, String currency, String answerLanguage,
                            boolean anonymousTowardsEmployer, LocalDate filedOn, long version) {

    static final String COLLECTION = "grievances";

    GrievanceView with(String status, long version) {
        return new GrievanceView(grievanceId, workerId, homeCountry, countryOfWork,
                respondentKind, respondentId, schemeId,
                placementId, kind, status, priority, counsellorId, periodFrom, periodTo, amountClaimed,
                amountRecovered, currency, answerLanguage, anonymousTowardsEmployer, filedOn, version);
    }
}
