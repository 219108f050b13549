package org.corridor.returns.returncase.command;

import org.axonframework.messaging.Message;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.corridor.kernel.privacy.CryptoShredder;
import org.corridor.kernel.privacy.InMemoryPersonalDataKeys;
import org.corridor.kernel.privacy.SubjectKeyring;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.Money;
import org.corridor.kernel.types.OccupationCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.returns.returncase.api.AssessNeeds;
import org.corridor.returns.returncase.api.CaseOutcome;
import org.corridor.returns.returncase.api.Certification;
import org.corridor.returns.returncase.api.CertificationOutcomeRecorded;
import org.corridor.returns.returncase.api.CloseReturnCase;
import org.corridor.returns.returncase.api.FollowUp;
import org.corridor.returns.returncase.api.FollowUpDue;
import org.corridor.returns.returncase.api.FollowUpRaised;
import org.corridor.returns.returncase.api.FollowUpRecorded;
import org.corridor.returns.returncase.api.FollowUpScheduled;
import org.corridor.returns.returncase.api.Gender;
import org.corridor.returns.returncase.api.MeasureOutcome;
import org.corridor.returns.returncase.api.MeasureOutcomeRecorded;
import org.corridor.returns.returncase.api.MeasurePlanned;
import org.corridor.returns.returncase.api.MeasureType;
import org.corridor.returns.returncase.api.Need;
import org.corridor.returns.returncase.api.NeedArea;
import org.corridor.returns.returncase.api.NeedLevel;
import org.corridor.returns.returncase.api.NeedsAssessed;
import org.corridor.returns.returncase.api.OpenReturnCaseOnPermitEnd;
import org.corridor.returns.returncase.api.OpenedBy;
import org.corridor.returns.returncase.api.PermitEndRecorded;
import org.corridor.returns.returncase.api.PlanMeasure;
import org.corridor.returns.returncase.api.RecordCertificationOutcome;
import org.corridor.returns.returncase.api.RecordFollowUp;
import org.corridor.returns.returncase.api.RecordMeasureOutcome;
import org.corridor.returns.returncase.api.RegisterReturn;
import org.corridor.returns.returncase.api.ReturnCaseClosed;
import org.corridor.returns.returncase.api.ReturnCaseOpened;
import org.corridor.returns.returncase.api.ReturneeRegistered;
import org.corridor.returns.returncase.api.Skill;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.corridor.returns.Refusals.refused;

class ReturnCaseTest {

    static final String ID = "rc-1";
    static final PersonId RETURNEE = PersonId.of("person-1");
    static final CountryCode PH = CountryCode.of("PH");
    static final CountryCode DE = CountryCode.of("DE");
    static final LocalDate RETURNED = LocalDate.of(2029, 8, 20);
    static final LocalDate TODAY = LocalDate.of(2029, 9, 1);
    static final Need EMPLOYMENT = new Need(NeedArea.EMPLOYMENT, NeedLevel.URGENT, "no work since return");
    static final Certification CARE_SKILLS = new Certification(OccupationCode.of("5321"),
            List.of(new Skill("care.basic-nursing", "Basic nursing care", 4)), List.of("employer-reference:ev-1"), DE);

    AggregateTestFixture<ReturnCase> fixture;
    CryptoShredder shredder;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReturnCase.class);
        fixture.registerInjectableResource(FollowUpSchedule.standard());
        shredder = new CryptoShredder(new SubjectKeyring(new InMemoryPersonalDataKeys(), 100, Duration.ofMinutes(1),
                Clock.systemUTC()), erased -> { });
        fixture.registerInjectableResource(shredder);
    }

    static Instant at9(LocalDate day) {
        return day.atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    static RegisterReturn registration() {
        return new RegisterReturn(ID, RETURNEE, PH, DE, "scheme-1", RETURNED, null, TODAY);
    }

    /** The case opened as expected, then its three follow-ups scheduled (schedule ids are the manager's). */
    static Matcher<List<Message<?>>> openedThenFollowUps(ReturnCaseOpened opened) {
        return Matchers.payloadsMatching(Matchers.exactSequenceOf(
                org.hamcrest.Matchers.equalTo(opened),
                scheduled(FollowUp.THREE_MONTHS, at9(RETURNED.plusMonths(3))),
                scheduled(FollowUp.SIX_MONTHS, at9(RETURNED.plusMonths(6))),
                scheduled(FollowUp.TWELVE_MONTHS, at9(RETURNED.plusMonths(12))),
                Matchers.andNoMore()));
    }

    static Matcher<Object> scheduled(FollowUp followUp, Instant due) {
        return new CustomTypeSafeMatcher<>("follow-up " + followUp + " scheduled for " + due) {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof FollowUpScheduled s && s.followUp() == followUp && s.dueAt().equals(due)
                        && s.scheduleId() != null;
            }
        };
    }

    static ReturnCaseOpened opened() {
        return new ReturnCaseOpened(ID, RETURNEE, OpenedBy.PERMIT_ENDED, PH, DE, "scheme-1", "app-1", "emp-1",
                "EXPIRED", RETURNED, null);
    }

    static NeedsAssessed assessed() {
        return new NeedsAssessed(ID, RETURNEE, List.of(EMPLOYMENT), TODAY);
    }

    static PlanMeasure plan(String measureId, MeasureType type, Money grant, Certification certification) {
        return new PlanMeasure(ID, PH, measureId, type, " Placement with a care home ", " counsellor-1 ",
                TODAY.plusMonths(2), grant, certification, TODAY);
    }

    static MeasurePlanned planned(String measureId, MeasureType type, Money grant, Certification certification) {
        return new MeasurePlanned(ID, RETURNEE, measureId, type, "Placement with a care home", "counsellor-1",
                TODAY.plusMonths(2), grant, certification, "scheme-1");
    }

    @Test
    void a_permit_end_opens_a_case_for_the_country_returned_to() {
        fixture.givenNoPriorActivity()
                .when(new OpenReturnCaseOnPermitEnd(ID, RETURNEE, "app-1", "scheme-1", "emp-1", PH, DE, "EXPIRED",
                        RETURNED))
                .expectEventsMatching(openedThenFollowUps(opened()))
                .expectResultMessagePayload(true);
    }

    @Test
    void a_returnee_registers_a_return_without_a_history_on_the_platform() {
        fixture.givenNoPriorActivity()
                .when(new RegisterReturn(ID, RETURNEE, PH, null, null, RETURNED, Gender.FEMALE, TODAY))
                .expectEventsMatching(openedThenFollowUps(new ReturnCaseOpened(ID, RETURNEE, OpenedBy.SELF_REGISTERED,
                        PH, null, null, null, null, null, RETURNED, Gender.FEMALE)));
    }

    static ReturnCaseOpened selfRegistered() {
        return new ReturnCaseOpened(ID, RETURNEE, OpenedBy.SELF_REGISTERED, PH, null, null, null, null, null,
                RETURNED, Gender.FEMALE);
    }

    static OpenReturnCaseOnPermitEnd permitEnd(String applicationId) {
        return new OpenReturnCaseOnPermitEnd(ID, RETURNEE, applicationId, "scheme-1", "emp-1", PH, DE, "EXPIRED",
                RETURNED.minusDays(3));
    }

    @Test
    void a_permit_end_joins_the_open_case_the_returnee_registered_instead_of_opening_a_second() {
        fixture.given(selfRegistered())
                .when(permitEnd("app-1"))
                .expectEvents(new PermitEndRecorded(ID, RETURNEE, "app-1", "scheme-1", "emp-1", DE, "EXPIRED",
                        RETURNED.minusDays(3)))
                .expectResultMessagePayload(false);
    }

    @Test
    void the_same_permit_end_again_records_nothing() {
        fixture.given(opened()).when(permitEnd("app-1")).expectNoEvents().expectResultMessagePayload(false);
        fixture.given(selfRegistered(), new PermitEndRecorded(ID, RETURNEE, "app-1", "scheme-1", "emp-1", DE,
                "EXPIRED", RETURNED)).when(permitEnd("app-1")).expectNoEvents();
    }

    @Test
    void a_registration_on_the_case_a_permit_end_opened_is_answered_by_that_case_and_recorded_on_it() {
        fixture.given(opened())
                .when(new RegisterReturn(ID, RETURNEE, PH, DE, null, RETURNED.plusDays(2), Gender.FEMALE, TODAY))
                .expectEvents(new ReturneeRegistered(ID, RETURNEE, RETURNED.plusDays(2), DE, null, Gender.FEMALE,
                        TODAY))
                .expectResultMessagePayload(false);
    }

    @Test
    void a_returnee_who_registered_already_is_answered_by_their_case_and_nothing_is_recorded() {
        fixture.given(selfRegistered()).when(registration()).expectNoEvents().expectResultMessagePayload(false);
        fixture.given(opened(), new ReturneeRegistered(ID, RETURNEE, RETURNED, DE, null, null, TODAY))
                .when(registration()).expectNoEvents();
    }

    @Test
    void a_case_closed_meanwhile_sends_a_new_arrival_on_to_the_next_case() {
        ReturnCaseClosed closed = new ReturnCaseClosed(ID, RETURNEE, CaseOutcome.REINTEGRATED, null, TODAY);
        fixture.given(selfRegistered(), closed).when(permitEnd("app-2")).expectNoEvents()
                .expectException(CaseClosedMeanwhile.class);
        fixture.given(opened(), closed).when(registration()).expectNoEvents()
                .expectException(CaseClosedMeanwhile.class);
    }

    @Test
    void a_return_is_registered_once_the_returnee_is_back() {
        refused(fixture.givenNoPriorActivity().when(new RegisterReturn(ID, RETURNEE, PH, DE, "scheme-1",
                TODAY.plusDays(1), null, TODAY)), "returnedOn");
    }

    @Test
    void the_country_worked_in_differs_from_the_country_returned_to() {
        refused(fixture.givenNoPriorActivity().when(new RegisterReturn(ID, RETURNEE, PH, PH, null, RETURNED, null,
                TODAY)), "destinationCountry");
    }

    @Test
    void only_counsellors_of_the_country_returned_to_run_the_case() {
        refused(fixture.given(opened()).when(new AssessNeeds(ID, DE, List.of(EMPLOYMENT), TODAY)), "returnCaseId");
    }

    @Test
    void a_needs_assessment_covers_at_least_one_area() {
        refused(fixture.given(opened()).when(new AssessNeeds(ID, PH, List.of(), TODAY)), "needs");
    }

    @Test
    void each_area_is_assessed_once() {
        refused(fixture.given(opened()).when(new AssessNeeds(ID, PH, List.of(EMPLOYMENT,
                new Need(NeedArea.EMPLOYMENT, NeedLevel.SOME, null)), TODAY)), "needs");
        fixture.given(opened()).when(new AssessNeeds(ID, PH, List.of(EMPLOYMENT), TODAY)).expectEvents(assessed());
    }

    @Test
    void measures_are_planned_after_the_needs_assessment() {
        refused(fixture.given(opened()).when(plan("m-1", MeasureType.JOB_PLACEMENT, null, null)), "needs");
        fixture.given(opened(), assessed()).when(plan("m-1", MeasureType.JOB_PLACEMENT, null, null))
                .expectEvents(planned("m-1", MeasureType.JOB_PLACEMENT, null, null));
    }

    @Test
    void a_measure_is_due_on_or_after_the_day_it_is_planned() {
        refused(fixture.given(opened(), assessed()).when(new PlanMeasure(ID, PH, "m-1", MeasureType.TRAINING,
                "Elder care course", "TESDA", TODAY.minusDays(1), null, null, TODAY)), "dueOn");
    }

    @Test
    void business_start_up_support_says_how_much_is_granted() {
        refused(fixture.given(opened(), assessed()).when(plan("m-1", MeasureType.BUSINESS_START_UP, null, null)),
                "grant");
        fixture.given(opened(), assessed())
                .when(plan("m-1", MeasureType.BUSINESS_START_UP, Money.of("50000", "PHP"), null))
                .expectEvents(planned("m-1", MeasureType.BUSINESS_START_UP, Money.of("50000", "PHP"), null));
    }

    @Test
    void only_business_start_up_support_carries_a_grant() {
        refused(fixture.given(opened(), assessed()).when(plan("m-1", MeasureType.TRAINING, Money.of("100", "PHP"),
                null)), "grant");
    }

    @Test
    void a_skills_certification_says_which_skills() {
        refused(fixture.given(opened(), assessed()).when(plan("m-1", MeasureType.SKILLS_CERTIFICATION, null,
                new Certification(null, List.of(), List.of(), DE))), "certification.skills");
    }

    @Test
    void skill_levels_run_from_one_to_five() {
        refused(fixture.given(opened(), assessed()).when(plan("m-1", MeasureType.SKILLS_CERTIFICATION, null,
                new Certification(null, List.of(new Skill(null, "Dementia care", 6)), List.of(), DE))),
                "certification.skills");
    }

    @Test
    void only_a_skills_certification_asks_for_certification() {
        refused(fixture.given(opened(), assessed()).when(plan("m-1", MeasureType.TRAINING, null, CARE_SKILLS)),
                "certification");
    }

    @Test
    void a_measure_is_in_the_plan_once() {
        refused(fixture.given(opened(), assessed(), planned("m-1", MeasureType.TRAINING, null, null))
                .when(plan("m-1", MeasureType.TRAINING, null, null)), "measureId");
    }

    @Test
    void an_outcome_is_recorded_for_a_planned_measure_once() {
        refused(fixture.given(opened(), assessed()).when(new RecordMeasureOutcome(ID, PH, "m-9",
                MeasureOutcome.COMPLETED, null, TODAY)), "measureId");
        MeasureOutcomeRecorded done = new MeasureOutcomeRecorded(ID, RETURNEE, "m-1", MeasureType.JOB_PLACEMENT,
                MeasureOutcome.COMPLETED, "hired", TODAY);
        fixture.given(opened(), assessed(), planned("m-1", MeasureType.JOB_PLACEMENT, null, null))
                .when(new RecordMeasureOutcome(ID, PH, "m-1", MeasureOutcome.COMPLETED, " hired ", TODAY))
                .expectEvents(done);
        refused(fixture.given(opened(), assessed(), planned("m-1", MeasureType.JOB_PLACEMENT, null, null), done)
                .when(new RecordMeasureOutcome(ID, PH, "m-1", MeasureOutcome.NOT_COMPLETED, null, TODAY)),
                "measureId");
    }

    @Test
    void a_skills_certification_gets_its_outcome_from_skills_recognition() {
        refused(fixture.given(opened(), assessed(), planned("m-1", MeasureType.SKILLS_CERTIFICATION, null,
                CARE_SKILLS)).when(new RecordMeasureOutcome(ID, PH, "m-1", MeasureOutcome.COMPLETED, null, TODAY)),
                "outcome");
        List<Skill> certified = List.of(new Skill("care.basic-nursing", "Basic nursing care", 4));
        fixture.given(opened(), assessed(), planned("m-1", MeasureType.SKILLS_CERTIFICATION, null, CARE_SKILLS))
                .when(new RecordCertificationOutcome(ID, "m-1", "PARTIALLY_CERTIFIED", certified,
                        List.of("no evidence for dementia care"), TODAY))
                .expectEvents(new CertificationOutcomeRecorded(ID, RETURNEE, "m-1", "PARTIALLY_CERTIFIED", certified,
                        List.of("no evidence for dementia care"), TODAY, MeasureOutcome.PARTLY_COMPLETED));
    }

    @Test
    void a_second_answer_to_a_certification_changes_nothing() {
        fixture.given(opened(), assessed(), planned("m-1", MeasureType.SKILLS_CERTIFICATION, null, CARE_SKILLS),
                        new CertificationOutcomeRecorded(ID, RETURNEE, "m-1", "CERTIFIED", List.of(), List.of(), TODAY,
                                MeasureOutcome.COMPLETED))
                .when(new RecordCertificationOutcome(ID, "m-1", "NOT_CERTIFIED", List.of(), List.of(), TODAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_certification_answer_is_for_a_certification_request_of_the_case() {
        refused(fixture.given(opened(), assessed(), planned("m-1", MeasureType.TRAINING, null, null))
                .when(new RecordCertificationOutcome(ID, "m-1", "CERTIFIED", List.of(), List.of(), TODAY)),
                "requestId");
    }

    @Test
    void a_returnee_who_asked_to_be_forgotten_registers_no_new_return() {
        shredder.erase(RETURNEE.value(), "test");
        refused(fixture.givenNoPriorActivity().when(registration()), "returnee");
    }

    @Test
    void an_erased_returnee_gets_no_new_needs_or_measures() {
        shredder.erase(RETURNEE.value(), "test");
        refused(fixture.given(opened())
                .when(new AssessNeeds(ID, PH, List.of(EMPLOYMENT), TODAY)), "needs");
        refused(fixture.given(opened(), assessed())
                .when(plan("m-1", MeasureType.TRAINING, null, null)), "type");
    }

    @Test
    void an_erased_returnees_case_is_closed_without_the_notes_that_would_be_about_them() {
        shredder.erase(RETURNEE.value(), "test");
        fixture.given(opened(), assessed(), planned("m-1", MeasureType.TRAINING, null, null))
                .when(new RecordMeasureOutcome(ID, PH, "m-1", MeasureOutcome.COMPLETED, "works as a nurse aide", TODAY))
                .expectEvents(new MeasureOutcomeRecorded(ID, RETURNEE, "m-1", MeasureType.TRAINING,
                        MeasureOutcome.COMPLETED, null, TODAY));
        fixture.given(opened(), assessed(), planned("m-1", MeasureType.TRAINING, null, null),
                        new MeasureOutcomeRecorded(ID, RETURNEE, "m-1", MeasureType.TRAINING, MeasureOutcome.COMPLETED,
                                null, TODAY))
                .when(new CloseReturnCase(ID, PH, CaseOutcome.REINTEGRATED, "works as a nurse aide", TODAY))
                .expectEvents(new ReturnCaseClosed(ID, RETURNEE, CaseOutcome.REINTEGRATED, null, TODAY));
    }

    @Test
    void a_case_closes_once_every_measure_has_its_outcome() {
        refused(fixture.given(opened(), assessed(), planned("m-1", MeasureType.TRAINING, null, null))
                .when(new CloseReturnCase(ID, PH, CaseOutcome.REINTEGRATED, null, TODAY)), "measures");
        fixture.given(opened(), assessed(), planned("m-1", MeasureType.TRAINING, null, null),
                        new MeasureOutcomeRecorded(ID, RETURNEE, "m-1", MeasureType.TRAINING, MeasureOutcome.COMPLETED,
                                null, TODAY))
                .when(new CloseReturnCase(ID, PH, CaseOutcome.REINTEGRATED, " works as a nurse aide ", TODAY))
                .expectEvents(new ReturnCaseClosed(ID, RETURNEE, CaseOutcome.REINTEGRATED, "works as a nurse aide",
                        TODAY));
    }

    @Test
    void a_closed_case_takes_no_more_changes() {
        refused(fixture.given(opened(), new ReturnCaseClosed(ID, RETURNEE, CaseOutcome.SUPPORT_DECLINED, null, TODAY))
                .when(new AssessNeeds(ID, PH, List.of(EMPLOYMENT), TODAY)), "status");
    }

    @Test
    void follow_ups_fall_due_three_six_and_twelve_months_after_the_return() {
        fixture.givenNoPriorActivity()
                .when(registration())
                .expectScheduledDeadline(at9(RETURNED.plusMonths(3)), new FollowUpDue(ID, FollowUp.THREE_MONTHS))
                .expectScheduledDeadline(at9(RETURNED.plusMonths(6)), new FollowUpDue(ID, FollowUp.SIX_MONTHS))
                .expectScheduledDeadline(at9(RETURNED.plusMonths(12)), new FollowUpDue(ID, FollowUp.TWELVE_MONTHS));
    }

    @Test
    void a_follow_up_whose_day_has_passed_when_the_case_opens_is_due_at_once() {
        Instant now = Instant.parse("2031-01-10T12:00:00Z");
        fixture.givenCurrentTime(now)
                .when(registration())
                .expectScheduledDeadline(now, new FollowUpDue(ID, FollowUp.THREE_MONTHS))
                .expectScheduledDeadline(now, new FollowUpDue(ID, FollowUp.TWELVE_MONTHS));
    }

    @Test
    void a_follow_up_is_raised_when_it_falls_due() {
        fixture.givenCommands(registration())
                .whenTimeAdvancesTo(at9(RETURNED.plusMonths(3)))
                .expectTriggeredDeadlines(new FollowUpDue(ID, FollowUp.THREE_MONTHS))
                .expectEvents(new FollowUpRaised(ID, FollowUp.THREE_MONTHS, at9(RETURNED.plusMonths(3))));
    }

    @Test
    void closing_a_case_cancels_the_follow_ups_not_yet_due() {
        fixture.givenCommands(registration())
                .when(new CloseReturnCase(ID, PH, CaseOutcome.MIGRATED_AGAIN, null, TODAY))
                .expectNoScheduledDeadlines();
    }

    @Test
    void a_follow_up_is_recorded_once_it_is_due_and_once_only() {
        FollowUpScheduled scheduled = new FollowUpScheduled(ID, FollowUp.THREE_MONTHS, at9(RETURNED.plusMonths(3)),
                "s-1");
        RecordFollowUp record = new RecordFollowUp(ID, PH, FollowUp.THREE_MONTHS, true, " found work ", TODAY);
        refused(fixture.given(opened(), scheduled).when(record), "followUp");
        FollowUpRaised raised = new FollowUpRaised(ID, FollowUp.THREE_MONTHS, at9(RETURNED.plusMonths(3)));
        FollowUpRecorded recorded = new FollowUpRecorded(ID, RETURNEE, FollowUp.THREE_MONTHS, true, "found work",
                TODAY);
        fixture.given(opened(), scheduled, raised).when(record).expectEvents(recorded);
        refused(fixture.given(opened(), scheduled, raised, recorded).when(record), "followUp");
    }
}
