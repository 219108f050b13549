package org.corridor.matching.employer.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.corridor.kernel.types.CountryCode;
import org.corridor.matching.employer.api.EmployerContact;
import org.corridor.matching.employer.api.EmployerRegistered;
import org.corridor.matching.employer.api.EmployerSuspended;
import org.corridor.matching.employer.api.LiftSuspension;
import org.corridor.matching.employer.api.RegisterEmployer;
import org.corridor.matching.employer.api.SuspendEmployer;
import org.corridor.matching.employer.api.SuspensionLifted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.corridor.matching.Refusals.violationOf;
import static org.assertj.core.api.Assertions.assertThat;

class EmployerTest {

    static final String ID = "emp-1";
    static final EmployerContact CONTACT = new EmployerContact("A. Schmidt", "hr@example.de", null);
    static final EmployerRegistered REGISTERED = new EmployerRegistered(ID, "Klinikum Nord GmbH", "HRB 1",
            CountryCode.of("DE"), "Hospitals", CONTACT);
    static final LocalDate FEB_10 = LocalDate.of(2028, 2, 10);

    AggregateTestFixture<Employer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Employer.class);
    }

    static RegisterEmployer register(String legalName, String registrationNumber) {
        return new RegisterEmployer(ID, legalName, registrationNumber, CountryCode.of("DE"), "Hospitals", CONTACT);
    }

    @Test
    void a_complete_registration_records_the_employer() {
        fixture.givenNoPriorActivity()
                .when(register(" Klinikum Nord GmbH ", "HRB 1"))
                .expectEvents(REGISTERED);
    }

    @Test
    void an_organisation_registers_once() {
        fixture.given(REGISTERED)
                .when(register("Klinikum Nord GmbH", "HRB 1"))
                .expectException(violationOf("employerId"))
                .expectNoEvents();
    }

    @Test
    void a_registration_needs_the_register_number() {
        fixture.givenNoPriorActivity()
                .when(register("Klinikum Nord GmbH", " "))
                .expectException(violationOf("registrationNumber"))
                .expectNoEvents();
    }

    @Test
    void a_substantiated_grievance_suspends_and_says_why() {
        fixture.given(REGISTERED)
                .when(new SuspendEmployer(ID, "gr-1", "UNPAID_WAGES", FEB_10))
                .expectEvents(new EmployerSuspended(ID, "gr-1", "UNPAID_WAGES", "Suspended since 2028-02-10: a "
                        + "grievance about unpaid wages was substantiated (grievance gr-1). You may open no new job "
                        + "orders until it is resolved; the scheme's counsellors can tell you what resolving it takes.",
                        FEB_10));
    }

    @Test
    void the_same_grievance_suspends_once() {
        fixture.given(REGISTERED, suspended("gr-1"))
                .when(new SuspendEmployer(ID, "gr-1", "UNPAID_WAGES", FEB_10))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_suspended_employer_may_not_open_job_orders_and_is_told_why() {
        fixture.given(REGISTERED, suspended("gr-1"))
                .when(new SuspendEmployer(ID, "gr-2", "RECRUITMENT_FEE", FEB_10))
                .expectState(employer -> {
                    var standing = employer.standing();
                    assertThat(standing.mayOpenJobOrders()).isFalse();
                    assertThat(standing.reasons()).hasSize(2).anySatisfy(r -> assertThat(r).contains("gr-1"));
                });
    }

    @Test
    void resolving_one_of_two_grievances_keeps_the_other_suspension() {
        fixture.given(REGISTERED, suspended("gr-1"), suspended("gr-2"))
                .when(new LiftSuspension(ID, "gr-1", "wages paid", LocalDate.of(2028, 5, 2)))
                .expectEvents(new SuspensionLifted(ID, "gr-1", "Grievance gr-1 resolved on 2028-05-02: wages paid",
                        LocalDate.of(2028, 5, 2), List.of("gr-2")))
                .expectState(employer -> assertThat(employer.standing().mayOpenJobOrders()).isFalse());
    }

    @Test
    void resolving_the_last_grievance_reinstates() {
        fixture.given(REGISTERED, suspended("gr-1"))
                .when(new LiftSuspension(ID, "gr-1", "wages paid", LocalDate.of(2028, 5, 2)))
                .expectState(employer -> assertThat(employer.standing().mayOpenJobOrders()).isTrue());
    }

    @Test
    void a_resolution_of_a_grievance_that_never_suspended_changes_nothing() {
        fixture.given(REGISTERED)
                .when(new LiftSuspension(ID, "gr-9", "withdrawn", LocalDate.of(2028, 5, 2)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_suspension_that_arrives_before_registration_holds_after_it() {
        fixture.given(suspended("gr-1"))
                .when(register("Klinikum Nord GmbH", "HRB 1"))
                .expectEvents(REGISTERED)
                .expectState(employer -> assertThat(employer.standing().mayOpenJobOrders()).isFalse());
    }

    static EmployerSuspended suspended(String grievanceId) {
        return new EmployerSuspended(ID, grievanceId, "UNPAID_WAGES", "suspended by " + grievanceId, FEB_10);
    }
}
