package org.corridor.permits.application.command;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.corridor.permits.application.api.ApplicationCommands.AddPersonalDetails;
import org.corridor.permits.application.api.ApplicationCommands.ErasePersonalDetails;
import org.corridor.permits.application.api.ApplicationEvents.PersonalDetailsErased;
import org.corridor.permits.application.api.ApplicationCommands.AmendEmployer;
import org.corridor.permits.application.api.ApplicationCommands.ApproveApplication;
import org.corridor.permits.application.api.ApplicationCommands.EndPermit;
import org.corridor.permits.application.api.ApplicationCommands.IssuePermit;
import org.corridor.permits.application.api.ApplicationCommands.LodgeApplication;
import org.corridor.permits.application.api.ApplicationCommands.OpenApplication;
import org.corridor.permits.application.api.ApplicationCommands.RecordDocumentReceived;
import org.corridor.permits.application.api.ApplicationCommands.RecordImmigrationStatus;
import org.corridor.permits.application.api.ApplicationCommands.RecordLodgement;
import org.corridor.permits.application.api.ApplicationCommands.RefuseApplication;
import org.corridor.permits.application.api.ApplicationCommands.RejectDocument;
import org.corridor.permits.application.api.ApplicationCommands.RenewPermit;
import org.corridor.permits.application.api.ApplicationCommands.VerifyDocument;
import org.corridor.permits.application.api.ApplicationDeadlines;
import org.corridor.permits.application.api.ApplicationEvents.ApplicationApproved;
import org.corridor.permits.application.api.ApplicationEvents.ApplicationLodged;
import org.corridor.permits.application.api.ApplicationEvents.ApplicationOpened;
import org.corridor.permits.application.api.ApplicationEvents.ApplicationRefused;
import org.corridor.permits.application.api.ApplicationEvents.DocumentReceived;
import org.corridor.permits.application.api.ApplicationEvents.DocumentRejected;
import org.corridor.permits.application.api.ApplicationEvents.DocumentVerified;
import org.corridor.permits.application.api.ApplicationEvents.ImmigrationDecisionReceived;
import org.corridor.permits.application.api.ApplicationEvents.ImmigrationStatusReported;
import org.corridor.permits.application.api.ApplicationEvents.LodgementRequested;
import org.corridor.permits.application.api.ApplicationEvents.PermitAmended;
import org.corridor.permits.application.api.ApplicationEvents.PermitDeadlineRaised;
import org.corridor.permits.application.api.ApplicationEvents.PermitEnded;
import org.corridor.permits.application.api.ApplicationEvents.PermitIssued;
import org.corridor.permits.application.api.ApplicationEvents.PermitRenewed;
import org.corridor.permits.application.api.ApplicationEvents.PersonalDetailsAdded;
import org.corridor.permits.application.api.DeadlineKind;
import org.corridor.permits.application.api.DocumentType;
import org.corridor.permits.application.api.EndReason;
import org.corridor.permits.application.api.Gender;
import org.corridor.permits.application.api.NotYourApplication;
import org.corridor.permits.application.api.RemoteDecisionResolution;
import org.corridor.permits.application.api.TransitionRefused;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Every transition of a permit application, allowed and refused, named after its rule. */
class PermitApplicationTest {

    static final String ID = "app-1";
    static final String POST = "de-embassy-manila";
    static final String PERSON = "person-1";
    static final LocalDate FROM = LocalDate.of(2027, 9, 1);
    static final LocalDate UNTIL = LocalDate.of(2029, 8, 31);
    static final Instant LODGED_AT = Instant.parse("2027-06-01T10:00:00Z");
    static final Duration SERVICE_LEVEL = Duration.ofDays(30);

    AggregateTestFixture<PermitApplication> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PermitApplication.class);
    }

    // --- the states, as the events that lead to them

    static ApplicationOpened opened() {
        return new ApplicationOpened(ID, "pl-1", PERSON, "scheme-1", "emp-1", "jo-1", "5321", "PH", "DE",
                FROM, 24, POST, "SKILLED_WORK", SERVICE_LEVEL, RequiredDocuments.FOR_WORK);
    }

    static List<Object> open() {
        return List.of(opened());
    }

    static List<Object> readyToLodge() {
        List<Object> events = new ArrayList<>(open());
        events.add(new PersonalDetailsAdded(ID, PERSON, "P1234567A", "PH", LocalDate.of(1996, 4, 12), Gender.FEMALE));
        for (DocumentType document : DocumentType.values()) {
            events.add(new DocumentReceived(ID, document));
            events.add(new DocumentVerified(ID, document));
        }
        return events;
    }

    static List<Object> lodgementPending() {
        List<Object> events = new ArrayList<>(readyToLodge());
        events.add(new LodgementRequested(ID, "key-1", POST));
        return events;
    }

    static List<Object> lodged() {
        List<Object> events = new ArrayList<>(lodgementPending());
        events.add(new ApplicationLodged(ID, "CASE-1", LODGED_AT, LocalDate.of(2027, 7, 1), "decision-1"));
        return events;
    }

    static List<Object> approved() {
        List<Object> events = new ArrayList<>(lodged());
        events.add(new ApplicationApproved(ID, FROM, UNTIL));
        return events;
    }

    static List<Object> refused() {
        List<Object> events = new ArrayList<>(lodged());
        events.add(ApplicationRefused.sealed(ID, PERSON, List.of("contract below the wage floor"),
                LocalDate.of(2027, 6, 20), LocalDate.of(2027, 7, 20)));
        return events;
    }

    static List<Object> issued() {
        List<Object> events = new ArrayList<>(approved());
        events.add(PermitIssued.sealed(ID, "DE-1", PERSON, "scheme-1", "emp-1", FROM, UNTIL, "SKILLED_WORK",
                List.of("permit-expiring|e90", "permit-expiring|e30", "permit-expires|end")));
        return events;
    }

    static List<Object> ended() {
        List<Object> events = new ArrayList<>(issued());
        events.add(new PermitEnded(ID, PERSON, "scheme-1", "emp-1", "PH", "DE", EndReason.WORKER_DEPARTED,
                LocalDate.of(2028, 3, 31)));
        return events;
    }

    private ResultValidator<PermitApplication> refusedBy(List<Object> given, Object command, String rule) {
        return fixture.given(given).when(command)
                .expectException(TransitionRefused.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("rule " + rule))
                .expectNoEvents();
    }

    @SuppressWarnings("unchecked")
    private static Matcher<List<EventMessage<?>>> onlyEvent(Predicate<Object> payload, String description) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> events) {
                return events.size() == 1 && payload.test(events.get(0).getPayload());
            }

            @Override
            public void describeTo(Description text) {
                text.appendText("exactly one event: " + description);
            }
        };
    }

    // --- opening

    @Test
    void an_agreed_placement_opens_an_application_with_the_whole_checklist_missing() {
        fixture.givenNoPriorActivity()
                .when(new OpenApplication(ID, "pl-1", PERSON, "scheme-1", "emp-1", "jo-1", "5321", "PH", "DE", FROM, 24,
                        POST, "SKILLED_WORK", SERVICE_LEVEL))
                .expectEvents(opened());
    }

    // --- personal details

    @Test
    void the_worker_adds_personal_details_while_the_application_is_open() {
        fixture.given(open())
                .when(new AddPersonalDetails(ID, PERSON, "P1234567A", "PH", LocalDate.of(1996, 4, 12), Gender.FEMALE))
                .expectEvents(new PersonalDetailsAdded(ID, PERSON, "P1234567A", "PH", LocalDate.of(1996, 4, 12),
                        Gender.FEMALE));
    }

    @Test
    void personal_details_until_lodged() {
        refusedBy(lodgementPending(), new AddPersonalDetails(ID, PERSON, "P1", "PH", LocalDate.of(1996, 4, 12), null),
                ApplicationRules.DETAILS_UNTIL_LODGED);
    }

    @Test
    void another_person_cannot_add_details_to_a_workers_application() {
        fixture.given(open())
                .when(new AddPersonalDetails(ID, "person-2", "P1", "PH", LocalDate.of(1996, 4, 12), null))
                .expectException(NotYourApplication.class)
                .expectNoEvents();
    }

    // --- checklist

    @Test
    void the_consulate_records_a_document_as_received() {
        fixture.given(open()).when(new RecordDocumentReceived(ID, POST, DocumentType.PASSPORT_COPY))
                .expectEvents(new DocumentReceived(ID, DocumentType.PASSPORT_COPY));
    }

    @Test
    void another_post_cannot_work_the_application() {
        fixture.given(open()).when(new RecordDocumentReceived(ID, "fr-consulate-manila", DocumentType.PASSPORT_COPY))
                .expectException(NotYourApplication.class)
                .expectNoEvents();
    }

    @Test
    void checklist_until_lodged() {
        refusedBy(lodgementPending(), new RecordDocumentReceived(ID, POST, DocumentType.PASSPORT_COPY),
                ApplicationRules.CHECKLIST_UNTIL_LODGED);
    }

    @Test
    void a_verified_document_stays_verified() {
        refusedBy(readyToLodge(), new RecordDocumentReceived(ID, POST, DocumentType.PASSPORT_COPY),
                ApplicationRules.VERIFIED_DOCUMENT_STAYS);
    }

    @Test
    void a_received_document_is_verified() {
        List<Object> given = new ArrayList<>(open());
        given.add(new DocumentReceived(ID, DocumentType.MEDICAL_CERTIFICATE));
        fixture.given(given).when(new VerifyDocument(ID, POST, DocumentType.MEDICAL_CERTIFICATE))
                .expectEvents(new DocumentVerified(ID, DocumentType.MEDICAL_CERTIFICATE));
    }

    @Test
    void verify_a_received_document_only() {
        refusedBy(open(), new VerifyDocument(ID, POST, DocumentType.MEDICAL_CERTIFICATE),
                ApplicationRules.VERIFY_WHAT_WAS_RECEIVED);
    }

    @Test
    void a_received_document_is_rejected_with_its_reason() {
        List<Object> given = new ArrayList<>(open());
        given.add(new DocumentReceived(ID, DocumentType.POLICE_CLEARANCE));
        fixture.given(given).when(new RejectDocument(ID, POST, DocumentType.POLICE_CLEARANCE, " older than 6 months "))
                .expectEvents(DocumentRejected.sealed(ID, PERSON, DocumentType.POLICE_CLEARANCE, "older than 6 months"));
    }

    @Test
    void a_rejected_document_can_be_received_again() {
        List<Object> given = new ArrayList<>(open());
        given.add(new DocumentReceived(ID, DocumentType.POLICE_CLEARANCE));
        given.add(DocumentRejected.sealed(ID, PERSON, DocumentType.POLICE_CLEARANCE, "older than 6 months"));
        fixture.given(given).when(new RecordDocumentReceived(ID, POST, DocumentType.POLICE_CLEARANCE))
                .expectEvents(new DocumentReceived(ID, DocumentType.POLICE_CLEARANCE));
    }

    @Test
    void reject_a_received_document_only() {
        refusedBy(open(), new RejectDocument(ID, POST, DocumentType.POLICE_CLEARANCE, "missing"),
                ApplicationRules.REJECT_WHAT_WAS_RECEIVED);
    }

    @Test
    void a_rejection_needs_a_reason() {
        List<Object> given = new ArrayList<>(open());
        given.add(new DocumentReceived(ID, DocumentType.POLICE_CLEARANCE));
        refusedBy(given, new RejectDocument(ID, POST, DocumentType.POLICE_CLEARANCE, " "),
                ApplicationRules.REJECTION_NEEDS_REASON);
    }

    // --- lodging

    @Test
    void a_complete_application_is_lodged_under_a_stable_idempotency_key() {
        fixture.given(readyToLodge()).when(new LodgeApplication(ID, POST))
                .expectEventsMatching(onlyEvent(e -> e instanceof LodgementRequested r && r.post().equals(POST)
                        && r.idempotencyKey().equals(java.util.UUID.nameUUIDFromBytes(("lodge:" + ID).getBytes())
                        .toString()), "LodgementRequested with the key derived from the application id"));
    }

    @Test
    void lodge_with_personal_details() {
        List<Object> given = new ArrayList<>(open());
        for (DocumentType document : DocumentType.values()) {
            given.add(new DocumentReceived(ID, document));
            given.add(new DocumentVerified(ID, document));
        }
        refusedBy(given, new LodgeApplication(ID, POST), ApplicationRules.LODGE_WITH_PERSONAL_DETAILS);
    }

    @Test
    void lodge_with_every_document_verified() {
        List<Object> given = new ArrayList<>(open());
        given.add(new PersonalDetailsAdded(ID, PERSON, "P1", "PH", LocalDate.of(1996, 4, 12), null));
        refusedBy(given, new LodgeApplication(ID, POST), ApplicationRules.LODGE_WITH_VERIFIED_DOCUMENTS)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("POLICE_CLEARANCE"));
    }

    @Test
    void lodge_an_open_application_once() {
        refusedBy(lodgementPending(), new LodgeApplication(ID, POST), ApplicationRules.LODGE_ONCE);
    }

    @Test
    void the_immigration_systems_case_records_the_lodgement_and_schedules_the_decision_deadline() {
        Instant due = LODGED_AT.plus(SERVICE_LEVEL);
        fixture.given(lodgementPending()).when(new RecordLodgement(ID, "CASE-1", LODGED_AT))
                .expectEventsMatching(onlyEvent(e -> e instanceof ApplicationLodged l && l.caseReference().equals("CASE-1")
                        && l.decisionDueOn().equals(LocalDate.of(2027, 7, 1)) && l.decisionDeadlineId() != null,
                        "ApplicationLodged CASE-1 due 2027-07-01"))
                .expectScheduledDeadlineWithName(due, ApplicationDeadlines.DECISION_DUE);
    }

    @Test
    void the_same_lodgement_answer_twice_changes_nothing() {
        fixture.given(lodged()).when(new RecordLodgement(ID, "CASE-1", LODGED_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_lodgement_answers_a_pending_request() {
        refusedBy(readyToLodge(), new RecordLodgement(ID, "CASE-1", LODGED_AT),
                ApplicationRules.LODGEMENT_ANSWERS_A_REQUEST);
    }

    // --- decision

    @Test
    void a_lodged_application_is_approved_with_its_validity() {
        fixture.given(lodged()).when(new ApproveApplication(ID, POST, FROM, UNTIL))
                .expectEvents(new ApplicationApproved(ID, FROM, UNTIL));
    }

    @Test
    void no_decision_before_lodging() {
        refusedBy(readyToLodge(), new ApproveApplication(ID, POST, FROM, UNTIL), ApplicationRules.DECIDE_WHEN_LODGED)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("application is OPEN"));
    }

    @Test
    void no_decision_while_the_lodgement_is_still_on_its_way() {
        refusedBy(lodgementPending(), new RefuseApplication(ID, POST, List.of("x"), LocalDate.of(2027, 6, 2),
                LocalDate.of(2027, 7, 2)), ApplicationRules.DECIDE_WHEN_LODGED);
    }

    @Test
    void no_second_decision() {
        refusedBy(approved(), new ApproveApplication(ID, POST, FROM, UNTIL), ApplicationRules.DECIDE_WHEN_LODGED);
    }

    @Test
    void valid_until_after_valid_from() {
        refusedBy(lodged(), new ApproveApplication(ID, POST, UNTIL, FROM), ApplicationRules.VALID_UNTIL_AFTER_VALID_FROM);
    }

    @Test
    void a_lodged_application_is_refused_with_reasons_and_an_appeal_date() {
        fixture.given(lodged()).when(new RefuseApplication(ID, POST, List.of(" contract below the wage floor ", ""),
                        LocalDate.of(2027, 6, 20), LocalDate.of(2027, 7, 20)))
                .expectEvents(ApplicationRefused.sealed(ID, PERSON, List.of("contract below the wage floor"),
                        LocalDate.of(2027, 6, 20), LocalDate.of(2027, 7, 20)));
    }

    @Test
    void a_refusal_states_reasons() {
        refusedBy(lodged(), new RefuseApplication(ID, POST, List.of(" "), LocalDate.of(2027, 6, 20),
                LocalDate.of(2027, 7, 20)), ApplicationRules.REFUSAL_NEEDS_REASONS);
    }

    @Test
    void the_appeal_date_is_after_the_decision() {
        refusedBy(lodged(), new RefuseApplication(ID, POST, List.of("x"), LocalDate.of(2027, 6, 20),
                LocalDate.of(2027, 6, 20)), ApplicationRules.APPEAL_DATE_AFTER_DECISION);
    }

    // --- issue

    @Test
    void an_approved_application_is_issued_and_its_expiry_deadlines_are_scheduled() {
        fixture.given(approved()).when(new IssuePermit(ID, POST, "DE-1"))
                .expectEventsMatching(onlyEvent(e -> e instanceof PermitIssued i && i.validUntil().equals(UNTIL)
                        && i.employerId().equals("emp-1") && i.expiryDeadlineIds().size() == 3, "PermitIssued"))
                .expectScheduledDeadlineWithName(UNTIL.minusDays(90).atStartOfDay(ZoneOffset.UTC).toInstant(),
                        ApplicationDeadlines.PERMIT_EXPIRING)
                .expectScheduledDeadlineWithName(UNTIL.minusDays(30).atStartOfDay(ZoneOffset.UTC).toInstant(),
                        ApplicationDeadlines.PERMIT_EXPIRING)
                .expectScheduledDeadlineWithName(UNTIL.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                        ApplicationDeadlines.PERMIT_EXPIRES);
    }

    @Test
    void no_issue_after_refusal() {
        refusedBy(refused(), new IssuePermit(ID, POST, "DE-1"), ApplicationRules.ISSUE_WHEN_APPROVED)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("never issued"));
    }

    @Test
    void no_issue_before_approval() {
        refusedBy(lodged(), new IssuePermit(ID, POST, "DE-1"), ApplicationRules.ISSUE_WHEN_APPROVED);
    }

    // --- amendment (portable permits)

    @Test
    void an_employer_change_amends_the_permit_and_keeps_its_status_and_dates() {
        fixture.given(issued())
                .when(new AmendEmployer(ID, "emp-1", "emp-2", "jo-2", LocalDate.of(2028, 4, 1)))
                .expectEvents(new PermitAmended(ID, "emp-1", "emp-2", "jo-2", LocalDate.of(2028, 4, 1)))
                .expectState(application -> assertThat(application).extracting("status", "validUntil")
                        .containsExactly(org.corridor.permits.application.api.ApplicationStatus.ISSUED, UNTIL));
    }

    @Test
    void the_same_employer_change_twice_changes_nothing() {
        List<Object> given = new ArrayList<>(issued());
        given.add(new PermitAmended(ID, "emp-1", "emp-2", "jo-2", LocalDate.of(2028, 4, 1)));
        fixture.given(given).when(new AmendEmployer(ID, "emp-1", "emp-2", "jo-2", LocalDate.of(2028, 4, 1)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void an_ended_permit_stays_ended_even_for_an_employer_change() {
        refusedBy(ended(), new AmendEmployer(ID, "emp-1", "emp-2", "jo-2", LocalDate.of(2028, 4, 1)),
                ApplicationRules.ENDED_IS_FINAL);
    }

    // --- renewal

    @Test
    void an_issued_permit_is_renewed_to_a_later_end_and_its_expiry_deadlines_move() {
        LocalDate later = UNTIL.plusYears(2);
        fixture.given(issued()).when(new RenewPermit(ID, POST, later))
                .expectEventsMatching(onlyEvent(e -> e instanceof PermitRenewed r && r.validUntil().equals(later)
                        && r.previousValidUntil().equals(UNTIL) && r.expiryDeadlineIds().size() == 3, "PermitRenewed"))
                .expectScheduledDeadlineWithName(later.minusDays(30).atStartOfDay(ZoneOffset.UTC).toInstant(),
                        ApplicationDeadlines.PERMIT_EXPIRING);
    }

    @Test
    void renew_an_issued_permit_only() {
        refusedBy(approved(), new RenewPermit(ID, POST, UNTIL.plusYears(1)), ApplicationRules.RENEW_AN_ISSUED_PERMIT);
    }

    @Test
    void a_renewal_extends_validity() {
        refusedBy(issued(), new RenewPermit(ID, POST, UNTIL), ApplicationRules.RENEWAL_EXTENDS);
    }

    // --- ends

    @Test
    void an_issued_permit_ends_when_the_worker_departs() {
        fixture.given(issued()).when(new EndPermit(ID, POST, EndReason.WORKER_DEPARTED, LocalDate.of(2028, 3, 31)))
                .expectEvents(new PermitEnded(ID, PERSON, "scheme-1", "emp-1", "PH", "DE", EndReason.WORKER_DEPARTED,
                        LocalDate.of(2028, 3, 31)));
    }

    @Test
    void an_issued_permit_is_cancelled() {
        fixture.given(issued()).when(new EndPermit(ID, POST, EndReason.CANCELLED, LocalDate.of(2028, 3, 31)))
                .expectEvents(new PermitEnded(ID, PERSON, "scheme-1", "emp-1", "PH", "DE", EndReason.CANCELLED,
                        LocalDate.of(2028, 3, 31)));
    }

    @Test
    void cancel_or_depart_an_issued_permit_only() {
        refusedBy(approved(), new EndPermit(ID, POST, EndReason.CANCELLED, LocalDate.of(2028, 3, 31)),
                ApplicationRules.END_AN_ISSUED_PERMIT);
    }

    @Test
    void expiry_is_recorded_by_the_service() {
        refusedBy(issued(), new EndPermit(ID, POST, EndReason.EXPIRED, LocalDate.of(2028, 3, 31)),
                ApplicationRules.EXPIRY_IS_RECORDED_BY_THE_SERVICE);
    }

    @Test
    void a_refused_application_ends_as_refused_after_its_appeal_date() {
        fixture.given(refused()).when(new EndPermit(ID, POST, EndReason.REFUSED, LocalDate.of(2027, 7, 21)))
                .expectEvents(new PermitEnded(ID, PERSON, "scheme-1", "emp-1", "PH", "DE", EndReason.REFUSED,
                        LocalDate.of(2027, 7, 21)));
    }

    @Test
    void end_a_refused_application_after_its_appeal_date_only() {
        refusedBy(refused(), new EndPermit(ID, POST, EndReason.REFUSED, LocalDate.of(2027, 7, 20)),
                ApplicationRules.END_A_REFUSED_APPLICATION);
    }

    @Test
    void only_a_refused_application_ends_as_refused() {
        refusedBy(issued(), new EndPermit(ID, POST, EndReason.REFUSED, LocalDate.of(2030, 1, 1)),
                ApplicationRules.END_A_REFUSED_APPLICATION);
    }

    @Test
    void an_ended_permit_stays_ended() {
        refusedBy(ended(), new EndPermit(ID, POST, EndReason.CANCELLED, LocalDate.of(2028, 4, 1)),
                ApplicationRules.ENDED_IS_FINAL);
    }

    // --- deadlines

    static final Instant DECISION_DUE_AT = LODGED_AT.plus(SERVICE_LEVEL);
    static final LocalDate DECISION_DUE_ON = LocalDate.of(2027, 7, 1);

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    @Test
    void an_undecided_application_raises_decision_overdue_when_its_deadline_fires() {
        fixture.given(lodgementPending())
                .andGivenCommands(new RecordLodgement(ID, "CASE-1", LODGED_AT))
                .whenTimeAdvancesTo(DECISION_DUE_AT)
                .expectEvents(new PermitDeadlineRaised(ID, PERSON, POST, DeadlineKind.DECISION_OVERDUE, DECISION_DUE_ON));
    }

    @Test
    void a_second_delivery_of_the_decision_deadline_raises_nothing() {
        fixture.given(lodgementPending())
                .andGivenCommands(new RecordLodgement(ID, "CASE-1", LODGED_AT))
                .andGiven(new PermitDeadlineRaised(ID, PERSON, POST, DeadlineKind.DECISION_OVERDUE, DECISION_DUE_ON))
                .whenTimeAdvancesTo(DECISION_DUE_AT)
                .expectNoEvents();
    }

    @Test
    void a_decided_application_is_never_overdue() {
        fixture.given(lodgementPending())
                .andGivenCommands(new RecordLodgement(ID, "CASE-1", LODGED_AT))
                .andGiven(new ApplicationApproved(ID, FROM, UNTIL))
                .whenTimeAdvancesTo(DECISION_DUE_AT)
                .expectNoEvents();
    }

    @Test
    void a_decision_cancels_the_overdue_deadline() {
        fixture.given(lodgementPending())
                .andGivenCommands(new RecordLodgement(ID, "CASE-1", LODGED_AT))
                .when(new ApproveApplication(ID, POST, FROM, UNTIL))
                .expectNoScheduledDeadlines();
    }

    @Test
    void an_issued_permit_raises_the_90_day_alert_when_its_deadline_fires() {
        fixture.given(approved())
                .andGivenCommands(new IssuePermit(ID, POST, "DE-1"))
                .whenTimeAdvancesTo(startOf(UNTIL.minusDays(90)))
                .expectEvents(new PermitDeadlineRaised(ID, PERSON, POST, DeadlineKind.EXPIRES_IN_90_DAYS, UNTIL));
    }

    @Test
    void an_expiry_alert_already_raised_is_not_raised_again() {
        fixture.given(approved())
                .andGivenCommands(new IssuePermit(ID, POST, "DE-1"))
                .andGiven(new PermitDeadlineRaised(ID, PERSON, POST, DeadlineKind.EXPIRES_IN_90_DAYS, UNTIL))
                .whenTimeAdvancesTo(startOf(UNTIL.minusDays(90)))
                .expectNoEvents();
    }

    @Test
    void an_expiry_alert_for_a_validity_since_renewed_raises_nothing() {
        fixture.given(approved())
                .andGivenCommands(new IssuePermit(ID, POST, "DE-1"))
                .andGiven(new PermitRenewed(ID, UNTIL, UNTIL.plusYears(2), List.of()))
                .whenTimeAdvancesTo(startOf(UNTIL.minusDays(30)))
                .expectNoEvents();
    }

    @Test
    void a_permit_raises_both_alerts_and_expires_the_day_after_its_last_valid_day() {
        fixture.given(approved())
                .andGivenCommands(new IssuePermit(ID, POST, "DE-1"))
                .whenTimeAdvancesTo(startOf(UNTIL.plusDays(1)))
                .expectEvents(new PermitDeadlineRaised(ID, PERSON, POST, DeadlineKind.EXPIRES_IN_90_DAYS, UNTIL),
                        new PermitDeadlineRaised(ID, PERSON, POST, DeadlineKind.EXPIRES_IN_30_DAYS, UNTIL),
                        new PermitEnded(ID, PERSON, "scheme-1", "emp-1", "PH", "DE", EndReason.EXPIRED,
                                UNTIL.plusDays(1)));
    }

    @Test
    void an_ended_permit_neither_alerts_nor_expires() {
        fixture.given(approved())
                .andGivenCommands(new IssuePermit(ID, POST, "DE-1"))
                .andGiven(new PermitEnded(ID, PERSON, "scheme-1", "emp-1", "PH", "DE", EndReason.WORKER_DEPARTED,
                        LocalDate.of(2028, 3, 31)))
                .whenTimeAdvancesTo(startOf(UNTIL.plusDays(1)))
                .expectNoEvents();
    }

    // --- the immigration system's status of the case (status sync)

    static final Instant REPORTED_AT = Instant.parse("2027-06-15T08:00:00Z");
    static final LocalDate REMOTE_DECIDED_ON = LocalDate.of(2027, 6, 14);
    static final LocalDate REMOTE_APPEAL_BY = LocalDate.of(2027, 7, 14);
    static final List<String> REMOTE_REASONS = List.of("employer not registered with the labour office");

    static RecordImmigrationStatus remote(String status) {
        return new RecordImmigrationStatus(ID, "CASE-1", status, null, null, List.of(), null, null, REPORTED_AT);
    }

    static RecordImmigrationStatus remoteApproval(LocalDate from, LocalDate until) {
        return new RecordImmigrationStatus(ID, "CASE-1", "APPROVED", from, until, List.of(), REMOTE_DECIDED_ON, null,
                REPORTED_AT);
    }

    static RecordImmigrationStatus remoteRefusal() {
        return new RecordImmigrationStatus(ID, "CASE-1", "REFUSED", null, null, REMOTE_REASONS, REMOTE_DECIDED_ON,
                REMOTE_APPEAL_BY, REPORTED_AT);
    }

    static ImmigrationDecisionReceived received(RecordImmigrationStatus remote, RemoteDecisionResolution resolution,
                                                String conflict) {
        boolean approval = remote.remoteStatus().equals("APPROVED");
        return ImmigrationDecisionReceived.sealed(ID, PERSON, "CASE-1", remote.remoteStatus(),
                approval ? remote.validFrom() : null, approval ? remote.validUntil() : null,
                approval ? null : remote.reasons(), remote.decidedOn(), approval ? null : remote.appealBy(),
                REPORTED_AT, resolution, conflict);
    }

    @Test
    void a_step_of_the_remotes_process_is_recorded_when_it_changes() {
        fixture.given(lodged()).when(remote("IN_REVIEW"))
                .expectEvents(new ImmigrationStatusReported(ID, "CASE-1", "IN_REVIEW", REPORTED_AT));
    }

    @Test
    void the_same_remote_status_twice_changes_nothing() {
        fixture.given(lodged()).andGiven(new ImmigrationStatusReported(ID, "CASE-1", "IN_REVIEW", REPORTED_AT))
                .when(remote("IN_REVIEW"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void immigration_status_of_the_applications_own_case() {
        refusedBy(lodged(), new RecordImmigrationStatus(ID, "CASE-OTHER", "IN_REVIEW", null, null, List.of(), null,
                null, REPORTED_AT), ApplicationRules.STATUS_OF_ITS_OWN_CASE);
        refusedBy(lodgementPending(), remote("IN_REVIEW"), ApplicationRules.STATUS_OF_ITS_OWN_CASE);
    }

    @Test
    void the_remotes_approval_of_an_undecided_application_is_recorded_as_its_decision() {
        RecordImmigrationStatus approval = remoteApproval(FROM, UNTIL);
        fixture.given(lodgementPending())
                .andGivenCommands(new RecordLodgement(ID, "CASE-1", LODGED_AT))
                .when(approval)
                .expectEvents(received(approval, RemoteDecisionResolution.RECORDED, null),
                        new ApplicationApproved(ID, FROM, UNTIL))
                .expectNoScheduledDeadlines();
    }

    @Test
    void the_remotes_refusal_of_an_undecided_application_is_recorded_with_its_reasons_and_appeal_date() {
        RecordImmigrationStatus refusal = remoteRefusal();
        fixture.given(lodged()).when(refusal)
                .expectEvents(received(refusal, RemoteDecisionResolution.RECORDED, null),
                        ApplicationRefused.sealed(ID, PERSON, REMOTE_REASONS, REMOTE_DECIDED_ON, REMOTE_APPEAL_BY));
    }

    @Test
    void a_remote_decision_the_consulate_already_recorded_is_not_recorded_twice() {
        RecordImmigrationStatus approval = remoteApproval(FROM, UNTIL);
        fixture.given(issued()).when(approval)
                .expectEvents(received(approval, RemoteDecisionResolution.CONFIRMS_RECORDED, null));
        RecordImmigrationStatus refusal = remoteRefusal();
        fixture.given(refused()).when(refusal)
                .expectEvents(received(refusal, RemoteDecisionResolution.CONFIRMS_RECORDED, null));
    }

    @Test
    void a_remote_refusal_of_an_approved_application_is_flagged_and_never_overwrites_it() {
        fixture.given(approved()).when(remoteRefusal())
                .expectEventsMatching(onlyEvent(e -> e instanceof ImmigrationDecisionReceived d
                                && d.resolution() == RemoteDecisionResolution.CONFLICTS_WITH_RECORDED
                                && d.conflict().contains("refused case CASE-1") && d.conflict().contains("APPROVED"),
                        "ImmigrationDecisionReceived CONFLICTS_WITH_RECORDED (refused, consulate approved)"))
                .expectState(application -> assertThat(application).extracting("status")
                        .isEqualTo(org.corridor.permits.application.api.ApplicationStatus.APPROVED));
    }

    @Test
    void a_remote_approval_of_a_refused_application_is_flagged() {
        fixture.given(refused()).when(remoteApproval(FROM, UNTIL))
                .expectEventsMatching(onlyEvent(e -> e instanceof ImmigrationDecisionReceived d
                                && d.resolution() == RemoteDecisionResolution.CONFLICTS_WITH_RECORDED
                                && d.conflict().contains("REFUSED"),
                        "ImmigrationDecisionReceived CONFLICTS_WITH_RECORDED (approved, consulate refused)"));
    }

    @Test
    void a_remote_approval_with_other_validity_dates_is_flagged() {
        fixture.given(issued()).when(remoteApproval(FROM, UNTIL.minusMonths(6)))
                .expectEventsMatching(onlyEvent(e -> e instanceof ImmigrationDecisionReceived d
                                && d.resolution() == RemoteDecisionResolution.CONFLICTS_WITH_RECORDED
                                && d.conflict().contains(UNTIL.toString()),
                        "ImmigrationDecisionReceived CONFLICTS_WITH_RECORDED (other dates)"));
    }

    @Test
    void once_the_remote_has_decided_later_reports_change_nothing() {
        RecordImmigrationStatus approval = remoteApproval(FROM, UNTIL);
        fixture.given(approved()).andGiven(received(approval, RemoteDecisionResolution.CONFIRMS_RECORDED, null))
                .when(remoteRefusal())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void the_remotes_approval_follows_valid_until_after_valid_from() {
        refusedBy(lodged(), remoteApproval(UNTIL, FROM), ApplicationRules.VALID_UNTIL_AFTER_VALID_FROM);
    }

    @Test
    void the_remotes_refusal_states_reasons_and_a_later_appeal_date() {
        refusedBy(lodged(), new RecordImmigrationStatus(ID, "CASE-1", "REFUSED", null, null, List.of(),
                REMOTE_DECIDED_ON, REMOTE_APPEAL_BY, REPORTED_AT), ApplicationRules.REFUSAL_NEEDS_REASONS);
        refusedBy(lodged(), new RecordImmigrationStatus(ID, "CASE-1", "REFUSED", null, null, REMOTE_REASONS,
                REMOTE_DECIDED_ON, REMOTE_DECIDED_ON, REPORTED_AT), ApplicationRules.APPEAL_DATE_AFTER_DECISION);
    }

    // --- erasure: the worker's key destroyed, the application no longer counts on their details

    @Test
    void an_erased_workers_details_are_dropped_once_and_a_second_erasure_changes_nothing() {
        fixture.given(readyToLodge()).when(new ErasePersonalDetails(ID, PERSON))
                .expectEvents(new PersonalDetailsErased(ID, PERSON));
        fixture.given(readyToLodge()).andGiven(new PersonalDetailsErased(ID, PERSON))
                .when(new ErasePersonalDetails(ID, PERSON))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void an_application_whose_worker_was_erased_is_not_lodged() {
        List<Object> erased = new ArrayList<>(readyToLodge());
        erased.add(new PersonalDetailsErased(ID, PERSON));
        refusedBy(erased, new LodgeApplication(ID, POST), ApplicationRules.LODGE_WITH_PERSONAL_DETAILS);
    }

    @Test
    void no_personal_details_after_erasure() {
        List<Object> erased = new ArrayList<>(readyToLodge());
        erased.add(new PersonalDetailsErased(ID, PERSON));
        refusedBy(erased, new AddPersonalDetails(ID, PERSON, "P7654321B", "PH", LocalDate.of(1996, 4, 12), null),
                ApplicationRules.NO_DETAILS_AFTER_ERASURE);
    }

    @Test
    void only_the_applications_own_worker_is_erased_from_it() {
        fixture.given(readyToLodge()).when(new ErasePersonalDetails(ID, "someone-else"))
                .expectException(NotYourApplication.class);
    }

    @Test
    void the_checklist_is_closed_after_erasure() {
        List<Object> erased = new ArrayList<>(open());
        erased.add(new PersonalDetailsErased(ID, PERSON));
        refusedBy(erased, new RecordDocumentReceived(ID, POST, DocumentType.PASSPORT_COPY),
                ApplicationRules.CHECKLIST_CLOSED_AFTER_ERASURE);
        refusedBy(erased, new RejectDocument(ID, POST, DocumentType.PASSPORT_COPY, "unreadable"),
                ApplicationRules.CHECKLIST_CLOSED_AFTER_ERASURE);
    }
}
