package org.corridor.skills.recognition.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.OccupationCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.RuleViolation;
import org.corridor.kernel.types.SchemeId;
import org.corridor.skills.access.Acting;
import org.corridor.skills.recognition.api.AppealDismissed;
import org.corridor.skills.recognition.api.AppealLodged;
import org.corridor.skills.recognition.api.Certificate;
import org.corridor.skills.recognition.api.CertificateVerified;
import org.corridor.skills.recognition.api.CompensationMeasure;
import org.corridor.skills.recognition.api.CompleteMeasure;
import org.corridor.skills.recognition.api.DecideAppeal;
import org.corridor.skills.recognition.api.DecideRecognition;
import org.corridor.skills.recognition.api.LodgeAppeal;
import org.corridor.skills.recognition.api.MeasureCompleted;
import org.corridor.skills.recognition.api.MeasureKind;
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
import org.corridor.skills.trainee.api.RecognitionStatus;
import org.corridor.skills.trainee.api.RecordRecognition;
import org.corridor.skills.trainee.api.RequireConsent;
import org.corridor.skills.trainee.api.TraineeRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.skills.Refusals.notPermittedBy;
import static org.corridor.skills.Refusals.refusedBy;

class RecognitionCaseTest {

    static final String CASE = "case-1";
    static final PersonId ANA = PersonId.of("p-ana");
    static final CountryCode DE = CountryCode.of("DE");
    static final Certificate CERTIFICATE = new Certificate("NCII-4711", "TESDA", "Caregiving NC II",
            LocalDate.of(2026, 10, 30));
    static final Acting OFFICER = new Acting(Set.of("RECOGNITION_OFFICER"), "anerkennung-de", "DE", null);
    static final Acting ANA_HERSELF = new Acting(Set.of("WORKER"), null, null, "p-ana");
    static final Instant T = Instant.parse("2026-12-01T10:00:00Z");
    static final CompensationMeasure ADAPTATION = new CompensationMeasure("m-1", MeasureKind.ADAPTATION_PERIOD,
            "6 months supervised practice");
    static final CompensationMeasure TEST = new CompensationMeasure("m-2", MeasureKind.APTITUDE_TEST, "oral exam");

    AggregateTestFixture<RecognitionCase> fixture;

    void sent(Object command) {
        if (traineeRefusal != null) {
            throw traineeRefusal;
        }
        sentToTrainees.add(command);
    }
    List<Object> sentToTrainees = new ArrayList<>();
    RuntimeException traineeRefusal;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RecognitionCase.class);
        fixture.registerInjectableResource(new TraineeRecords() {
            @Override
            public void requireConsent(RequireConsent command) {
                sent(command);
            }

            @Override
            public void recordRecognition(RecordRecognition command) {
                sent(command);
            }
        });
    }

    static RecognitionCaseOpened opened() {
        return new RecognitionCaseOpened(CASE, ANA, SchemeId.of("scheme-1"), DE, OccupationCode.of("5321"), CERTIFICATE);
    }

    static CertificateVerified confirmed() {
        return new CertificateVerified(CASE, ANA, VerificationOutcome.CONFIRMED, "Caregiving NC II", T);
    }

    static RecognitionDecided decided(Outcome outcome, List<CompensationMeasure> measures, List<String> reasons) {
        return new RecognitionDecided(CASE, ANA, outcome, measures, reasons, false);
    }

    @Test
    void a_case_opens_with_the_person_s_consent_to_recognition() {
        fixture.givenNoPriorActivity()
                .when(new OpenRecognitionCase(CASE, ANA, SchemeId.of("scheme-1"), DE, OccupationCode.of("5321"),
                        CERTIFICATE, ANA_HERSELF))
                .expectEvents(opened());
        assertThat(sentToTrainees).hasSize(1).first().isInstanceOf(RequireConsent.class);
    }

    @Test
    void without_consent_to_recognition_no_case_opens() {
        traineeRefusal = new RuleViolation("personId", "consent-given-for-the-purpose", "no consent");
        fixture.givenNoPriorActivity()
                .when(new OpenRecognitionCase(CASE, ANA, SchemeId.of("scheme-1"), DE, OccupationCode.of("5321"),
                        CERTIFICATE, ANA_HERSELF))
                .expectException(refusedBy("personId", "consent-given-for-the-purpose"))
                .expectNoEvents();
    }

    @Test
    void a_failed_attempt_is_counted_with_its_next_retry() {
        Instant next = T.plusSeconds(5);
        fixture.given(opened(), new VerificationDeferred(CASE, 1, T.minusSeconds(5), "HTTP 503", T))
                .when(new RecordVerificationAttempt(CASE, T, "HTTP 503", next))
                .expectEvents(new VerificationDeferred(CASE, 2, T, "HTTP 503", next));
    }

    @Test
    void the_authority_s_answer_is_recorded_once() {
        fixture.given(opened())
                .when(new RecordVerification(CASE, VerificationOutcome.CONFIRMED, "Caregiving NC II", T))
                .expectEvents(confirmed());
        fixture.given(opened(), confirmed())
                .when(new RecordVerification(CASE, VerificationOutcome.NOT_CONFIRMED, "late answer", T))
                .expectNoEvents();
    }

    @Test
    void a_case_is_decided_only_after_verification() {
        fixture.given(opened())
                .when(new DecideRecognition(CASE, Outcome.FULL, List.of(), List.of(), OFFICER))
                .expectException(refusedBy("caseId", RecognitionCase.DECIDED_AFTER_VERIFICATION))
                .expectNoEvents();
    }

    @Test
    void a_case_is_decided_by_an_officer_of_the_destination() {
        fixture.given(opened(), confirmed())
                .when(new DecideRecognition(CASE, Outcome.FULL, List.of(), List.of(),
                        new Acting(Set.of("RECOGNITION_OFFICER"), "anerkennung-at", "AT", null)))
                .expectException(notPermittedBy(RecognitionCase.DECIDED_BY_AN_OFFICER_OF_THE_DESTINATION))
                .expectNoEvents();
    }

    @Test
    void full_recognition_is_recorded_and_told_to_the_trainee_record() {
        fixture.given(opened(), confirmed())
                .when(new DecideRecognition(CASE, Outcome.FULL, List.of(), List.of(), OFFICER))
                .expectEvents(decided(Outcome.FULL, List.of(), List.of()));
        assertThat(sentToTrainees).containsExactly(new RecordRecognition(ANA, CASE, RecognitionStatus.FULL));
    }

    @Test
    void a_certificate_the_authority_did_not_confirm_is_not_recognised() {
        fixture.given(opened(), new CertificateVerified(CASE, ANA, VerificationOutcome.NOT_CONFIRMED, "unknown", T))
                .when(new DecideRecognition(CASE, Outcome.FULL, List.of(), List.of(), OFFICER))
                .expectException(refusedBy("outcome", RecognitionCase.UNCONFIRMED_CERTIFICATE_IS_NOT_RECOGNISED))
                .expectNoEvents();
    }

    @Test
    void a_partial_recognition_names_its_compensation_measures() {
        fixture.given(opened(), confirmed())
                .when(new DecideRecognition(CASE, Outcome.PARTIAL, List.of(), List.of(), OFFICER))
                .expectException(refusedBy("measures", RecognitionCase.PARTIAL_NAMES_ITS_MEASURES))
                .expectNoEvents();
    }

    @Test
    void only_a_partial_recognition_has_compensation_measures() {
        fixture.given(opened(), confirmed())
                .when(new DecideRecognition(CASE, Outcome.FULL, List.of(ADAPTATION), List.of(), OFFICER))
                .expectException(refusedBy("measures", RecognitionCase.ONLY_PARTIAL_HAS_MEASURES))
                .expectNoEvents();
    }

    @Test
    void a_refusal_is_an_event_with_its_reasons() {
        fixture.given(opened(), confirmed())
                .when(new DecideRecognition(CASE, Outcome.REFUSED, List.of(), List.of(" too few practice hours "),
                        OFFICER))
                .expectEvents(decided(Outcome.REFUSED, List.of(), List.of("too few practice hours")));
        fixture.given(opened(), confirmed())
                .when(new DecideRecognition(CASE, Outcome.REFUSED, List.of(), List.of(), OFFICER))
                .expectException(refusedBy("reasons", RecognitionCase.REFUSAL_GIVES_REASONS));
    }

    @Test
    void a_case_is_decided_once() {
        fixture.given(opened(), confirmed(), decided(Outcome.FULL, List.of(), List.of()))
                .when(new DecideRecognition(CASE, Outcome.REFUSED, List.of(), List.of("changed my mind"), OFFICER))
                .expectException(refusedBy("outcome", RecognitionCase.DECIDED_ONCE));
    }

    @Test
    void completing_every_compensation_measure_makes_the_recognition_full() {
        fixture.given(opened(), confirmed(), decided(Outcome.PARTIAL, List.of(ADAPTATION, TEST), List.of("gap")))
                .when(new CompleteMeasure(CASE, "m-1", LocalDate.of(2027, 6, 1), OFFICER))
                .expectEvents(new MeasureCompleted(CASE, "m-1", LocalDate.of(2027, 6, 1)));
        fixture.given(opened(), confirmed(), decided(Outcome.PARTIAL, List.of(ADAPTATION, TEST), List.of("gap")),
                        new MeasureCompleted(CASE, "m-1", LocalDate.of(2027, 6, 1)))
                .when(new CompleteMeasure(CASE, "m-2", LocalDate.of(2027, 7, 1), OFFICER))
                .expectEvents(new MeasureCompleted(CASE, "m-2", LocalDate.of(2027, 7, 1)),
                        new RecognitionBecameFull(CASE, ANA));
        assertThat(sentToTrainees).containsExactly(new RecordRecognition(ANA, CASE, RecognitionStatus.FULL));
    }

    @Test
    void only_a_measure_of_the_case_is_completed() {
        fixture.given(opened(), confirmed(), decided(Outcome.PARTIAL, List.of(ADAPTATION), List.of("gap")))
                .when(new CompleteMeasure(CASE, "m-9", LocalDate.of(2027, 6, 1), OFFICER))
                .expectException(refusedBy("measureId", RecognitionCase.MEASURE_OF_THIS_CASE));
    }

    @Test
    void the_trainee_appeals_a_partial_recognition_or_a_refusal_but_not_a_full_one() {
        fixture.given(opened(), confirmed(), decided(Outcome.REFUSED, List.of(), List.of("gap")))
                .when(new LodgeAppeal(CASE, " my hours were miscounted ", ANA_HERSELF))
                .expectEvents(AppealLodged.of(CASE, ANA, Outcome.REFUSED, "my hours were miscounted"));
        fixture.given(opened(), confirmed(), decided(Outcome.FULL, List.of(), List.of()))
                .when(new LodgeAppeal(CASE, "why not", ANA_HERSELF))
                .expectException(refusedBy("caseId", RecognitionCase.APPEAL_AGAINST_PARTIAL_OR_REFUSAL));
    }

    @Test
    void only_the_trainee_appeals_their_own_recognition() {
        fixture.given(opened(), confirmed(), decided(Outcome.REFUSED, List.of(), List.of("gap")))
                .when(new LodgeAppeal(CASE, "grounds", new Acting(Set.of("WORKER"), null, null, "p-ben")))
                .expectException(notPermittedBy("appealed-by-the-trainee"));
    }

    @Test
    void an_upheld_appeal_records_the_new_decision_and_both_stay_in_the_history() {
        fixture.given(opened(), confirmed(), decided(Outcome.REFUSED, List.of(), List.of("gap")),
                        AppealLodged.of(CASE, ANA, Outcome.REFUSED, "hours miscounted"))
                .when(new DecideAppeal(CASE, true, Outcome.PARTIAL, List.of(ADAPTATION), List.of("hours recounted"),
                        OFFICER))
                .expectEvents(new RecognitionDecided(CASE, ANA, Outcome.PARTIAL, List.of(ADAPTATION),
                        List.of("hours recounted"), true));
        assertThat(sentToTrainees).containsExactly(new RecordRecognition(ANA, CASE, RecognitionStatus.PARTIAL));
    }

    @Test
    void a_dismissed_appeal_gives_reasons_and_the_first_decision_stands() {
        fixture.given(opened(), confirmed(), decided(Outcome.REFUSED, List.of(), List.of("gap")),
                        AppealLodged.of(CASE, ANA, Outcome.REFUSED, "hours miscounted"))
                .when(new DecideAppeal(CASE, false, null, List.of(), List.of(), OFFICER))
                .expectException(refusedBy("reasons", RecognitionCase.DISMISSAL_GIVES_REASONS));
        fixture.given(opened(), confirmed(), decided(Outcome.REFUSED, List.of(), List.of("gap")),
                        AppealLodged.of(CASE, ANA, Outcome.REFUSED, "hours miscounted"))
                .when(new DecideAppeal(CASE, false, null, List.of(), List.of("hours were right"), OFFICER))
                .expectEvents(new AppealDismissed(CASE, ANA, List.of("hours were right")));
    }

    @Test
    void a_decision_is_appealed_once() {
        fixture.given(opened(), confirmed(), decided(Outcome.REFUSED, List.of(), List.of("gap")),
                        AppealLodged.of(CASE, ANA, Outcome.REFUSED, "hours"), new AppealDismissed(CASE, ANA, List.of("no")))
                .when(new LodgeAppeal(CASE, "again", ANA_HERSELF))
                .expectException(refusedBy("caseId", RecognitionCase.ONE_APPEAL_AT_A_TIME));
    }

    @Test
    void a_withdrawn_consent_stops_verification_and_no_later_answer_is_recorded() {
        fixture.given(opened())
                .when(new StopVerification(CASE, "consent withdrawn"))
                .expectEvents(new VerificationStopped(CASE, "consent withdrawn"));
        fixture.given(opened(), new VerificationStopped(CASE, "consent withdrawn"))
                .when(new RecordVerification(CASE, VerificationOutcome.CONFIRMED, "late", T))
                .expectNoEvents();
        fixture.given(opened(), new VerificationStopped(CASE, "consent withdrawn"))
                .when(new DecideRecognition(CASE, Outcome.FULL, List.of(), List.of(), OFFICER))
                .expectException(refusedBy("caseId", RecognitionCase.DECIDED_AFTER_VERIFICATION));
    }
}
