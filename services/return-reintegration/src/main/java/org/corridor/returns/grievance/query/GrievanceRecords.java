package org.corridor.returns.grievance.query;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.kernel.audit.AuditMetadata;
import org.corridor.returns.grievance.api.GrievanceClosed;
import org.corridor.returns.grievance.api.GrievanceDismissed;
import org.corridor.returns.grievance.api.GrievanceFiled;
import org.corridor.returns.grievance.api.GrievanceResolved;
import org.corridor.returns.grievance.api.GrievanceStatus;
import org.corridor.returns.grievance.api.GrievanceSubstantiated;
import org.corridor.returns.grievance.api.GrievanceTriaged;
import org.corridor.returns.grievance.api.InvestigationStarted;
import org.corridor.returns.grievance.api.RecoveryRecorded;
import org.corridor.returns.grievance.api.WorkerAgreedToBeNamed;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One grievance with its whole history, read from the event store by its id (indexed there), so the worker sees a
 * change as soon as it is recorded. The worker's account and evidence are opened with the worker's key; after an
 * erasure they read as {@code null}.
 */
@Component
public class GrievanceRecords {

    private final EventStore events;

    GrievanceRecords(EventStore events) {
        this.events = events;
    }

    public Optional<GrievanceRecord> find(String grievanceId) {
        List<DomainEventMessage<?>> stream = new ArrayList<>();
        events.readEvents(grievanceId).forEachRemaining(stream::add);
        if (stream.isEmpty() || !(stream.get(0).getPayload() instanceof GrievanceFiled filed)) {
            return Optional.empty();
        }
        GrievanceRecord.Builder record = new GrievanceRecord.Builder(filed);
        for (DomainEventMessage<?> message : stream) {
            record.apply(message.getPayload(), message.getTimestamp(),
                    (String) message.getMetaData().get(AuditMetadata.USER_ID));
        }
        return Optional.of(record.build());
    }

    /**
     * A grievance as the worker and the counsellors follow it.
     *
     * @param history every step, oldest first, with who took it and the reasons given
     */
    public record GrievanceRecord(String grievanceId, String workerId, String homeCountry, String countryOfWork,
                                  String respondentKind,
                                  String respondentId, String schemeId, String placementId, String kind,
                                  LocalDate periodFrom, LocalDate periodTo, String amountClaimed,
                                  String amountRecovered, String currency, List<String> evidenceReferences,
                                  String account, String answerLanguage, boolean anonymousTowardsEmployer,
                                  String status, String priority, String counsellorId, LocalDate filedOn,
                                  List<Step> history) {

        static final class Builder {
            private final GrievanceFiled filed;
            private final List<Step> history = new ArrayList<>();
            private GrievanceStatus status = GrievanceStatus.FILED;
            private String priority;
            private String counsellorId;
            private String recovered;
            private String recoveredCurrency;
            private boolean anonymous;

            Builder(GrievanceFiled filed) {
                this.filed = filed;
                this.anonymous = filed.anonymousTowardsEmployer();
            }

            void apply(Object event, Instant at, String by) {
                if (event instanceof GrievanceFiled e) {
                    history.add(new Step("FILED", at, by, e.filedOn(), List.of()));
                } else if (event instanceof GrievanceTriaged e) {
                    status = GrievanceStatus.TRIAGED;
                    priority = e.priority().name();
                    counsellorId = e.counsellorId();
                    history.add(new Step("TRIAGED", at, by, null, e.note() == null ? List.of() : List.of(e.note())));
                } else if (event instanceof InvestigationStarted e) {
                    status = GrievanceStatus.UNDER_INVESTIGATION;
                    history.add(new Step("UNDER_INVESTIGATION", at, by, e.startedOn(),
                            e.plan() == null ? List.of() : List.of(e.plan())));
                } else if (event instanceof GrievanceSubstantiated e) {
                    status = GrievanceStatus.SUBSTANTIATED;
                    history.add(new Step("SUBSTANTIATED", at, by, e.substantiatedOn(), e.reasons()));
                } else if (event instanceof GrievanceDismissed e) {
                    status = GrievanceStatus.DISMISSED;
                    history.add(new Step("DISMISSED", at, by, e.dismissedOn(), e.reasons()));
                } else if (event instanceof RecoveryRecorded e) {
                    recovered = e.totalRecovered().amount().toPlainString();
                    recoveredCurrency = e.totalRecovered().currency();
                    history.add(new Step("AMOUNT_RECOVERED", at, by, e.recoveredOn(), List.of(e.amount().toString())));
                } else if (event instanceof GrievanceResolved e) {
                    status = GrievanceStatus.RESOLVED;
                    history.add(new Step("RESOLVED", at, by, e.resolvedOn(), List.of(e.resolution())));
                } else if (event instanceof GrievanceClosed e) {
                    status = GrievanceStatus.CLOSED;
                    history.add(new Step("CLOSED", at, by, e.closedOn(), List.of(e.outcome())));
                } else if (event instanceof WorkerAgreedToBeNamed) {
                    anonymous = false;
                    history.add(new Step("WORKER_AGREED_TO_BE_NAMED", at, by, null, List.of()));
                }
            }

            GrievanceRecord build() {
                String claimed = filed.amountClaimed() == null ? null : filed.amountClaimed().amount().toPlainString();
                String currency = filed.amountClaimed() != null ? filed.amountClaimed().currency() : recoveredCurrency;
                return new GrievanceRecord(filed.grievanceId(), filed.worker().value(), filed.homeCountry().value(),
                        filed.countryOfWork() == null ? null : filed.countryOfWork().value(),
                        filed.respondent().kind().name(), filed.respondent().respondentId(), filed.schemeId(),
                        filed.placementId(), filed.kind().name(), filed.period().from(), filed.period().to(), claimed,
                        recovered, currency, filed.evidenceReferences(), filed.account(), filed.answerLanguage(),
                        anonymous, status.name(), priority, counsellorId, filed.filedOn(), List.copyOf(history));
            }
        }
    }

    /** One step of a grievance: what happened, when it was recorded, by whom, the date it took effect, why. */
    public record Step(String step, Instant recordedAt, String recordedBy, LocalDate on, List<String> details) {
    }
}
