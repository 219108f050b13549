package org.corridor.skills.recognition.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.corridor.kernel.eventstore.EventStoreAutoConfiguration;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.RuleViolation;
import org.corridor.skills.access.Acting;
import org.corridor.skills.access.NotPermitted;
import org.corridor.skills.recognition.api.AppealDismissed;
import org.corridor.skills.recognition.api.AppealLodged;
import org.corridor.skills.recognition.api.CertificateVerified;
import org.corridor.skills.recognition.api.CompensationMeasure;
import org.corridor.skills.recognition.api.CompleteMeasure;
import org.corridor.skills.recognition.api.DecideAppeal;
import org.corridor.skills.recognition.api.DecideRecognition;
import org.corridor.skills.recognition.api.LodgeAppeal;
import org.corridor.skills.recognition.api.MeasureCompleted;
import org.corridor.skills.recognition.api.OpenRecognitionCase;
import org.corridor.skills.recognition.api.Outcome;
import org.corridor.skills.recognition.api.RecognitionBecameFull;
import org.corridor.skills.recognition.api.RecognitionCaseOpened;
import org.corridor.skills.recognition.api.RecognitionDecided;
import org.corridor.skills.recognition.api.RecordVerification;
import org.corridor.skills.recognition.api.RecordVerificationAttempt;
import org.corridor.skills.recognition.api.StopVerification;
import org.corridor.skills.recognition.api.VerificationDeferred;
import org.corridor.skills.recognition.api.VerificationStopped;
import org.corridor.skills.recognition.api.VerificationOutcome;
import org.corridor.skills.trainee.api.ConsentPurpose;
import org.corridor.skills.trainee.api.RecognitionStatus;
import org.corridor.skills.trainee.api.RecordRecognition;
import org.corridor.skills.trainee.api.RequireConsent;
import org.corridor.skills.trainee.api.TraineeRecords;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The recognition of one trainee's qualification against the destination's standard: verified with the
 * qualification authority, decided by a recognition officer of the destination, completed through compensation
 * measures, and appealed. Every decision stays in the history.
 */
@Aggregate(cache = EventStoreAutoConfiguration.AGGREGATE_CACHE)
class RecognitionCase {

    static final String DECIDED_BY_AN_OFFICER_OF_THE_DESTINATION = "decided-by-an-officer-of-the-destination";
    static final String DECIDED_AFTER_VERIFICATION = "decided-after-verification";
    static final String DECIDED_ONCE = "decided-once";
    static final String UNCONFIRMED_CERTIFICATE_IS_NOT_RECOGNISED = "unconfirmed-certificate-is-not-recognised";
    static final String PARTIAL_NAMES_ITS_MEASURES = "partial-recognition-names-its-measures";
    static final String ONLY_PARTIAL_HAS_MEASURES = "only-partial-recognition-has-measures";
    static final String REFUSAL_GIVES_REASONS = "refusal-gives-reasons";
    static final String MEASURE_OF_THIS_CASE = "measure-of-this-case";
    static final String APPEAL_AGAINST_PARTIAL_OR_REFUSAL = "appeal-against-partial-or-refusal";
    static final String ONE_APPEAL_AT_A_TIME = "one-appeal-at-a-time";
    static final String APPEAL_DECIDED_WHEN_LODGED = "appeal-decided-when-lodged";
    static final String DISMISSAL_GIVES_REASONS = "dismissal-gives-reasons";
    static final String APPEAL_CHANGES_THE_OUTCOME = "upheld-appeal-changes-the-outcome";

    @AggregateIdentifier
    private String caseId;
    private PersonId personId;
    private CountryCode destination;
    private VerificationOutcome verification;
    private int attempts;
    private Outcome outcome;
    private Set<String> openMeasures = new HashSet<>();
    private Set<String> measures = new HashSet<>();
    private boolean appealPending;
    private boolean appealed;
    private boolean stopped;

    RecognitionCase() {
        // for Axon
    }

    @CommandHandler
    RecognitionCase(OpenRecognitionCase command, TraineeRecords trainees) {
        trainees.requireConsent(new RequireConsent(command.personId(), ConsentPurpose.RECOGNITION, command.acting()));
        apply(new RecognitionCaseOpened(command.caseId(), command.personId(), command.schemeId(),
                command.destinationCountry(), command.occupation(), command.certificate()));
    }

    @CommandHandler
    void handle(RecordVerificationAttempt command) {
        if (verification != null || stopped) {
            return;
        }
        apply(new VerificationDeferred(caseId, attempts + 1, command.attemptedAt(), command.failure(),
                command.nextAttemptAt()));
    }

    @CommandHandler
    void handle(StopVerification command) {
        if (verification != null || stopped) {
            return;
        }
        apply(new VerificationStopped(caseId, command.reason()));
    }

    @CommandHandler
    void handle(RecordVerification command) {
        if (verification != null || stopped) {
            return;
        }
        apply(new CertificateVerified(caseId, personId, command.outcome(), command.detail(), command.answeredAt()));
    }

    @CommandHandler
    void handle(DecideRecognition command, TraineeRecords trainees) {
        requireOfficerOfDestination(command.acting());
        if (verification == null) {
            throw new RuleViolation("caseId", DECIDED_AFTER_VERIFICATION, "the qualification authority has not "
                    + "answered yet; the case shows its next attempt, decide once the certificate is verified");
        }
        if (outcome != null) {
            throw new RuleViolation("outcome", DECIDED_ONCE, "the case is decided (" + outcome + "); a change "
                    + "comes through an appeal or by completing the compensation measures");
        }
        checkDecision(command.outcome(), command.measures(), command.reasons());
        apply(new RecognitionDecided(caseId, personId, command.outcome(), command.measures(), stripped(command.reasons()),
                false));
        trainees.recordRecognition(new RecordRecognition(personId, caseId, status(command.outcome())));
    }

    @CommandHandler
    void handle(CompleteMeasure command, TraineeRecords trainees) {
        requireOfficerOfDestination(command.acting());
        if (!measures.contains(command.measureId())) {
            throw new RuleViolation("measureId", MEASURE_OF_THIS_CASE, "the case has no compensation measure "
                    + command.measureId() + "; use one of " + measures);
        }
        if (!openMeasures.contains(command.measureId())) {
            return;
        }
        apply(new MeasureCompleted(caseId, command.measureId(), command.completedOn()));
        if (openMeasures.isEmpty()) {
            apply(new RecognitionBecameFull(caseId, personId));
            trainees.recordRecognition(new RecordRecognition(personId, caseId, RecognitionStatus.FULL));
        }
    }

    @CommandHandler
    void handle(LodgeAppeal command) {
        if (command.acting() != null && !(command.acting().is("WORKER")
                && personId.value().equals(command.acting().personId()))) {
            throw new NotPermitted("appealed-by-the-trainee", "only the trainee appeals their own recognition");
        }
        if (outcome != Outcome.PARTIAL && outcome != Outcome.REFUSED) {
            throw new RuleViolation("caseId", APPEAL_AGAINST_PARTIAL_OR_REFUSAL, "only a partial recognition or a "
                    + "refusal can be appealed; this case is " + (outcome == null ? "not decided yet" : outcome));
        }
        if (appealPending || appealed) {
            throw new RuleViolation("caseId", ONE_APPEAL_AT_A_TIME, "the decision was appealed already; wait for "
                    + "the appeal to be decided");
        }
        apply(AppealLodged.of(caseId, personId, outcome, command.grounds().strip()));
    }

    @CommandHandler
    void handle(DecideAppeal command, TraineeRecords trainees) {
        requireOfficerOfDestination(command.acting());
        if (!appealPending) {
            throw new RuleViolation("caseId", APPEAL_DECIDED_WHEN_LODGED, "no appeal is pending on this case");
        }
        if (!command.upheld()) {
            if (command.reasons().isEmpty()) {
                throw new RuleViolation("reasons", DISMISSAL_GIVES_REASONS, "a dismissed appeal says why; add at "
                        + "least one reason");
            }
            apply(new AppealDismissed(caseId, personId, stripped(command.reasons())));
            return;
        }
        if (command.outcome() == null || command.outcome() == outcome || command.outcome() == Outcome.REFUSED) {
            throw new RuleViolation("outcome", APPEAL_CHANGES_THE_OUTCOME, "an upheld appeal changes the outcome "
                    + "to FULL, or (against a refusal) to PARTIAL; otherwise dismiss it with reasons");
        }
        checkDecision(command.outcome(), command.measures(), command.reasons());
        apply(new RecognitionDecided(caseId, personId, command.outcome(), command.measures(),
                stripped(command.reasons()), true));
        trainees.recordRecognition(new RecordRecognition(personId, caseId, status(command.outcome())));
    }

    private void checkDecision(Outcome decided, List<CompensationMeasure> decidedMeasures, List<String> reasons) {
        if (decided != Outcome.REFUSED && verification != VerificationOutcome.CONFIRMED) {
            throw new RuleViolation("outcome", UNCONFIRMED_CERTIFICATE_IS_NOT_RECOGNISED, "the qualification "
                    + "authority did not confirm the certificate; refuse with reasons, or ask the trainee for "
                    + "another certificate in a new case");
        }
        if (decided == Outcome.PARTIAL && decidedMeasures.isEmpty()) {
            throw new RuleViolation("measures", PARTIAL_NAMES_ITS_MEASURES, "a partial recognition names the "
                    + "compensation measures (top-up module, adaptation period, aptitude test) that make it full");
        }
        if (decided != Outcome.PARTIAL && !decidedMeasures.isEmpty()) {
            throw new RuleViolation("measures", ONLY_PARTIAL_HAS_MEASURES, "only a partial recognition has "
                    + "compensation measures; remove them or decide PARTIAL");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < decidedMeasures.size(); i++) {
            if (!ids.add(decidedMeasures.get(i).measureId())) {
                throw new RuleViolation("measures[" + i + "].measureId", MEASURE_OF_THIS_CASE,
                        "measure " + decidedMeasures.get(i).measureId() + " is listed twice; give each its own id");
            }
        }
        if (decided == Outcome.REFUSED && reasons.stream().allMatch(String::isBlank)) {
            throw new RuleViolation("reasons", REFUSAL_GIVES_REASONS, "a refusal says why; add at least one reason "
                    + "the trainee can act on");
        }
    }

    private void requireOfficerOfDestination(Acting acting) {
        if (acting != null && !(acting.is("RECOGNITION_OFFICER") && destination.value().equals(acting.country()))) {
            throw new NotPermitted(DECIDED_BY_AN_OFFICER_OF_THE_DESTINATION, "this case is decided by a recognition "
                    + "officer of " + destination + ", the scheme's destination");
        }
    }

    private static List<String> stripped(List<String> reasons) {
        return reasons.stream().map(String::strip).filter(r -> !r.isEmpty()).toList();
    }

    private static RecognitionStatus status(Outcome outcome) {
        return RecognitionStatus.valueOf(outcome.name());
    }

    @EventSourcingHandler
    void on(RecognitionCaseOpened event) {
        caseId = event.caseId();
        personId = event.personId();
        destination = event.destinationCountry();
    }

    @EventSourcingHandler
    void on(VerificationDeferred event) {
        attempts = event.attempt();
    }

    @EventSourcingHandler
    void on(VerificationStopped event) {
        stopped = true;
    }

    @EventSourcingHandler
    void on(CertificateVerified event) {
        verification = event.outcome();
    }

    @EventSourcingHandler
    void on(RecognitionDecided event) {
        outcome = event.outcome();
        measures = new HashSet<>();
        openMeasures = new LinkedHashSet<>();
        event.measures().forEach(m -> {
            measures.add(m.measureId());
            openMeasures.add(m.measureId());
        });
        if (event.onAppeal()) {
            appealPending = false;
            appealed = true;
        }
    }

    @EventSourcingHandler
    void on(MeasureCompleted event) {
        openMeasures.remove(event.measureId());
    }

    @EventSourcingHandler
    void on(RecognitionBecameFull event) {
        outcome = Outcome.FULL;
    }

    @EventSourcingHandler
    void on(AppealLodged event) {
        appealPending = true;
    }

    @EventSourcingHandler
    void on(AppealDismissed event) {
        appealPending = false;
        appealed = true;
    }
}
