package org.corridor.skills.scheme.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/** A scheme as administrators and agencies read it. */
@Document(SchemeView.COLLECTION)
public record SchemeView(@Id String schemeId, String name, String originCountry, String destinationCountry,
                         String trainingStandard, List<OccupationView> occupations, List<QuotaView> quotas,
                         Instant definedAt, String definedBy) {

    static final String COLLECTION = "schemes";

    public record OccupationView(String iscoCode, String title, String wageFloorAmount, String wageFloorCurrency) {
    }

    public record QuotaView(String track, int places) {
    }
}
