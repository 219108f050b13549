package org.corridor.returns.grievance.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.corridor.kernel.privacy.CryptoShredder;
import org.corridor.kernel.privacy.InMemoryPersonalDataKeys;
import org.corridor.kernel.privacy.SubjectKeyring;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.Money;
import org.corridor.kernel.types.PersonId;
import org.corridor.returns.grievance.api.AgreeToBeNamed;
import org.corridor.returns.grievance.api.CloseGrievance;
import org.corridor.returns.grievance.api.DismissGrievance;
import org.corridor.returns.grievance.api.FileGrievance;
import org.corridor.returns.grievance.api.GrievanceClosed;
import org.corridor.returns.grievance.api.GrievanceDismissed;
import org.corridor.returns.grievance.api.GrievanceFiled;
import org.corridor.returns.grievance.api.GrievanceKind;
import org.corridor.returns.grievance.api.GrievanceResolved;
import org.corridor.returns.grievance.api.GrievanceSubstantiated;
import org.corridor.returns.grievance.api.GrievanceTriaged;
import org.corridor.returns.grievance.api.InvestigationStarted;
import org.corridor.returns.grievance.api.Period;
import org.corridor.returns.grievance.api.Priority;
import org.corridor.returns.grievance.api.RecordRecovery;
import org.corridor.returns.grievance.api.RecoveryRecorded;
import org.corridor.returns.grievance.api.ResolveGrievance;
import org.corridor.returns.grievance.api.Respondent;
import org.corridor.returns.grievance.api.RespondentKind;
import org.corridor.returns.grievance.api.StartInvestigation;
import org.corridor.returns.grievance.api.SubstantiateGrievance;
import org.corridor.returns.grievance.api.TriageGrievance;
import org.corridor.returns.grievance.api.WorkerAgreedToBeNamed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.returns.Refusals.refused;

class GrievanceTest {

    static final String ID = "gr-1";
    static final PersonId WORKER = PersonId.of("person-1");
    static final CountryCode PH = CountryCode.of("PH");
    static final CountryCode VN = CountryCode.of("VN");
    static final CountryCode DE = CountryCode.of("DE");
    static final Respondent EMPLOYER = new Respondent(RespondentKind.EMPLOYER, "emp-1");
    static final LocalDate TODAY = LocalDate.of(2028, 2, 1);
    static final Period LAST_QUARTER = new Period(LocalDate.of(2027, 10, 1), LocalDate.of(2027, 12, 31));
    static final Money CLAIM = Money.of("7200.00", "EUR");

    AggregateTestFixture<Grievance> fixture;

    CryptoShredder shredder;

    @Test
    void a_worker_who_asked_to_be_forgotten_files_no_new_grievance() {
        shredder.erase(WORKER.value(), "test");
        refused(fixture.givenNoPriorActivity().when(file(GrievanceKind.UNPAID_WAGES, LAST_QUARTER, CLAIM,
                List.of(), "tl")), "worker");
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Grievance.class);
        shredder = new CryptoShredder(new SubjectKeyring(new InMemoryPersonalDataKeys(), 100, Duration.ofMinutes(1),
                Clock.systemUTC()), erased -> { });
        fixture.registerInjectableResource(shredder);
    }

    static FileGrievance file(GrievanceKind kind, Period period, Money claim, List<String> evidence, String language) {
        return new FileGrievance(ID, WORKER, PH, DE, EMPLOYER, "scheme-1", null, kind, period, claim, evidence, language,
                true, " Three months unpaid ", TODAY);
    }

    static FileGrievance unpaidWages() {
        return file(GrievanceKind.UNPAID_WAGES, LAST_QUARTER, CLAIM, List.of(" payslips:ev-1 "), "tl");
    }

    static GrievanceFiled filed() {
        return new GrievanceFiled(ID, WORKER, PH, DE, EMPLOYER, "scheme-1", null, GrievanceKind.UNPAID_WAGES, LAST_QUARTER,
                CLAIM, List.of("payslips:ev-1"), "tl", true, "Three months unpaid", TODAY);
    }

    static final GrievanceTriaged TRIAGED = new GrievanceTriaged(ID, "counsellor-1", Priority.HIGH, null);
    static final InvestigationStarted INVESTIGATING = new InvestigationStarted(ID, "call the employer", TODAY);
    static final GrievanceSubstantiated SUBSTANTIATED = new GrievanceSubstantiated(ID, EMPLOYER, "scheme-1",
            GrievanceKind.UNPAID_WAGES, List.of("payslips show no pay for three months"), TODAY.plusDays(10));

    @Test
    void a_complete_grievance_is_filed_with_its_account_stripped() {
        fixture.givenNoPriorActivity()
                .when(unpaidWages())
                .expectSuccessfulHandlerExecution()
                .expectEvents(filed());
    }

    @Test
    void the_country_of_work_differs_from_the_home_country() {
        refused(fixture.givenNoPriorActivity().when(new FileGrievance(ID, WORKER, PH, PH, EMPLOYER, "scheme-1", null,
                GrievanceKind.UNPAID_WAGES, LAST_QUARTER, CLAIM, List.of(), "tl", true, "unpaid", TODAY)),
                "countryOfWork");
    }

    @Test
    void the_period_cannot_end_before_it_starts() {
        refused(fixture.givenNoPriorActivity().when(file(GrievanceKind.UNPAID_WAGES,
                new Period(LocalDate.of(2027, 12, 1), LocalDate.of(2027, 11, 1)), CLAIM, List.of(), "tl")), "period.to");
    }

    @Test
    void the_period_cannot_end_after_the_day_of_filing() {
        refused(fixture.givenNoPriorActivity().when(file(GrievanceKind.UNPAID_WAGES,
                new Period(LocalDate.of(2027, 12, 1), TODAY.plusDays(1)), CLAIM, List.of(), "tl")), "period.to");
    }

    @Test
    void unpaid_wages_need_the_amount_claimed() {
        refused(fixture.givenNoPriorActivity().when(file(GrievanceKind.UNPAID_WAGES, LAST_QUARTER, null, List.of(),
                "tl")), "amountClaimed");
    }

    @Test
    void a_recruitment_fee_needs_the_amount_claimed() {
        refused(fixture.givenNoPriorActivity().when(file(GrievanceKind.RECRUITMENT_FEE, LAST_QUARTER, null, List.of(),
                "tl")), "amountClaimed");
    }

    @Test
    void confiscated_documents_need_no_amount() {
        fixture.givenNoPriorActivity()
                .when(file(GrievanceKind.DOCUMENTS_CONFISCATED, LAST_QUARTER, null, List.of(), "tl"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void an_amount_claimed_is_above_zero() {
        refused(fixture.givenNoPriorActivity().when(file(GrievanceKind.OTHER, LAST_QUARTER, Money.of("0", "EUR"),
                List.of(), "tl")), "amountClaimed");
    }

    @Test
    void at_most_twenty_evidence_references() {
        List<String> many = IntStream.range(0, 21).mapToObj(i -> "ev-" + i).toList();
        refused(fixture.givenNoPriorActivity().when(file(GrievanceKind.UNPAID_WAGES, LAST_QUARTER, CLAIM, many, "tl")),
                "evidenceReferences");
    }

    @Test
    void an_evidence_reference_is_listed_once() {
        refused(fixture.givenNoPriorActivity().when(file(GrievanceKind.UNPAID_WAGES, LAST_QUARTER, CLAIM,
                List.of("ev-1", " ev-1"), "tl")), "evidenceReferences");
    }

    @Test
    void the_answer_language_is_an_iso_639_1_code() {
        refused(fixture.givenNoPriorActivity().when(file(GrievanceKind.UNPAID_WAGES, LAST_QUARTER, CLAIM, List.of(),
                "xx")), "answerLanguage");
    }

    @Test
    void a_counsellor_of_the_workers_country_triages_a_filed_grievance() {
        fixture.given(filed())
                .when(new TriageGrievance(ID, PH, "counsellor-1", Priority.HIGH, null))
                .expectEvents(TRIAGED);
    }

    @Test
    void only_counsellors_of_the_workers_home_country_work_a_grievance() {
        refused(fixture.given(filed()).when(new TriageGrievance(ID, VN, "counsellor-9", Priority.HIGH, null)),
                "grievanceId");
    }

    @Test
    void a_grievance_is_triaged_once() {
        refused(fixture.given(filed(), TRIAGED).when(new TriageGrievance(ID, PH, "counsellor-1", Priority.URGENT,
                null)), "status");
    }

    @Test
    void an_investigation_starts_after_triage() {
        refused(fixture.given(filed()).when(new StartInvestigation(ID, PH, "call", TODAY)), "status");
        fixture.given(filed(), TRIAGED).when(new StartInvestigation(ID, PH, "call the employer", TODAY))
                .expectEvents(INVESTIGATING);
    }

    @Test
    void substantiation_follows_an_investigation() {
        refused(fixture.given(filed(), TRIAGED).when(new SubstantiateGrievance(ID, PH, List.of("proved"), TODAY)),
                "status");
    }

    @Test
    void a_substantiation_gives_its_reasons() {
        refused(fixture.given(filed(), TRIAGED, INVESTIGATING).when(new SubstantiateGrievance(ID, PH, List.of(" "),
                TODAY)), "reasons");
    }

    @Test
    void a_substantiation_names_the_employer_and_kind_but_not_the_worker() {
        fixture.given(filed(), TRIAGED, INVESTIGATING)
                .when(new SubstantiateGrievance(ID, PH, List.of(" payslips show no pay for three months "),
                        TODAY.plusDays(10)))
                .expectEvents(SUBSTANTIATED);
        assertThat(GrievanceSubstantiated.class.getRecordComponents())
                .noneMatch(c -> c.getType().equals(PersonId.class));
    }

    @Test
    void a_decision_is_not_dated_before_the_filing() {
        refused(fixture.given(filed(), TRIAGED, INVESTIGATING).when(new SubstantiateGrievance(ID, PH,
                List.of("proved"), TODAY.minusDays(1))), "substantiatedOn");
    }

    @Test
    void a_dismissal_gives_its_reasons() {
        refused(fixture.given(filed(), TRIAGED, INVESTIGATING).when(new DismissGrievance(ID, PH, List.of(), TODAY)),
                "reasons");
        fixture.given(filed(), TRIAGED, INVESTIGATING)
                .when(new DismissGrievance(ID, PH, List.of("wages were paid in cash, receipts signed"), TODAY))
                .expectEvents(new GrievanceDismissed(ID, List.of("wages were paid in cash, receipts signed"), TODAY));
    }

    @Test
    void money_is_recovered_only_on_a_substantiated_grievance() {
        refused(fixture.given(filed(), TRIAGED, INVESTIGATING).when(new RecordRecovery(ID, PH,
                Money.of("100", "EUR"), TODAY)), "status");
    }

    @Test
    void recoveries_add_up_in_the_currency_of_the_claim() {
        Money first = Money.of("2400.00", "EUR");
        fixture.given(filed(), TRIAGED, INVESTIGATING, SUBSTANTIATED,
                        new RecoveryRecorded(ID, first, first, TODAY.plusDays(20)))
                .when(new RecordRecovery(ID, PH, Money.of("4800", "EUR"), TODAY.plusDays(40)))
                .expectEvents(new RecoveryRecorded(ID, Money.of("4800", "EUR"), CLAIM, TODAY.plusDays(40)));
    }

    @Test
    void a_recovery_is_in_the_currency_of_the_claim() {
        refused(fixture.given(filed(), TRIAGED, INVESTIGATING, SUBSTANTIATED).when(new RecordRecovery(ID, PH,
                Money.of("100", "PHP"), TODAY)), "amount.currency");
    }

    @Test
    void a_recovery_is_above_zero() {
        refused(fixture.given(filed(), TRIAGED, INVESTIGATING, SUBSTANTIATED).when(new RecordRecovery(ID, PH,
                Money.of("0", "EUR"), TODAY)), "amount");
    }

    @Test
    void only_a_substantiated_grievance_is_resolved() {
        refused(fixture.given(filed(), TRIAGED, INVESTIGATING).when(new ResolveGrievance(ID, PH, "paid", TODAY)),
                "status");
        fixture.given(filed(), TRIAGED, INVESTIGATING, SUBSTANTIATED)
                .when(new ResolveGrievance(ID, PH, "wages paid in full", TODAY.plusDays(30)))
                .expectEvents(new GrievanceResolved(ID, EMPLOYER, "wages paid in full", TODAY.plusDays(30)));
    }

    @Test
    void a_resolution_says_how_it_was_put_right() {
        refused(fixture.given(filed(), TRIAGED, INVESTIGATING, SUBSTANTIATED).when(new ResolveGrievance(ID, PH, " ",
                TODAY)), "resolution");
    }

    @Test
    void a_grievance_closes_once_dismissed_or_resolved() {
        refused(fixture.given(filed(), TRIAGED, INVESTIGATING, SUBSTANTIATED).when(new CloseGrievance(ID, PH,
                "done", TODAY)), "status");
        fixture.given(filed(), TRIAGED, INVESTIGATING, new GrievanceDismissed(ID, List.of("no evidence"), TODAY))
                .when(new CloseGrievance(ID, PH, "worker informed in Tagalog", TODAY))
                .expectEvents(new GrievanceClosed(ID, "worker informed in Tagalog", TODAY));
    }

    @Test
    void a_closure_says_what_the_worker_was_told() {
        refused(fixture.given(filed(), TRIAGED, INVESTIGATING, new GrievanceDismissed(ID, List.of("no evidence"),
                TODAY)).when(new CloseGrievance(ID, PH, null, TODAY)), "outcome");
    }

    @Test
    void only_the_filing_worker_agrees_to_be_named() {
        refused(fixture.given(filed()).when(new AgreeToBeNamed(ID, PersonId.of("person-2"))), "worker");
        fixture.given(filed()).when(new AgreeToBeNamed(ID, WORKER))
                .expectEvents(new WorkerAgreedToBeNamed(ID, WORKER));
    }

    @Test
    void agreeing_to_be_named_twice_changes_nothing() {
        fixture.given(filed(), new WorkerAgreedToBeNamed(ID, WORKER))
                .when(new AgreeToBeNamed(ID, WORKER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
