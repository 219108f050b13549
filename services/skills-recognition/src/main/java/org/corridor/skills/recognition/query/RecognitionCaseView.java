package org.corridor.skills.recognition.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A recognition case as officers and the trainee see it: where verification stands (attempts, the last one and the
 * next retry while the authority is down), the decision in force, its compensation measures, and every decision
 * and appeal in order.
 */
@Document(RecognitionCaseView.COLLECTION)
public record RecognitionCaseView(@Id String caseId, String personId, String schemeId, String destinationCountry,
                                  String iscoCode, String status, String verification, String verificationDetail,
                                  int attempts, Instant lastAttemptAt, String lastFailure, Instant nextAttemptAt,
                                  String outcome, List<MeasureView> measures, List<String> reasons,
                                  List<HistoryEntry> history, Instant openedAt) {

    static final String COLLECTION = "recognition-cases";

    public record MeasureView(String measureId, String kind, String description, String completedOn) {
    }

    public record HistoryEntry(String what, Instant at, String by, String outcome, List<String> reasons) {
    }
}
