package org.corridor.permits.person.command;

import org.corridor.permits.application.api.ApplicationStatus;
import org.corridor.permits.person.api.ApplicationStanding;
import org.corridor.permits.person.api.Hold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Which applications keep the worker's details for now, and the words the worker's receipt gives for it. */
class LegalHoldTest {

    static ApplicationStanding standing(ApplicationStatus status) {
        return new ApplicationStanding("app-1", status, LocalDate.of(2029, 8, 31), LocalDate.of(2027, 7, 31));
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"OPEN", "ENDED"})
    void an_application_never_lodged_or_ended_holds_nothing(ApplicationStatus status) {
        assertThat(LegalHold.on(standing(status))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"LODGEMENT_PENDING", "LODGED"})
    void a_case_lodged_and_not_decided_holds_until_it_is_decided(ApplicationStatus status) {
        Hold hold = LegalHold.on(standing(status)).orElseThrow();
        assertThat(hold.rule()).startsWith(LegalHold.LIVE_CASE);
        assertThat(hold.until()).contains("until the application is decided");
        assertThat(hold.kept()).contains("passport number").contains("app-1");
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"APPROVED", "ISSUED"})
    void a_permit_still_valid_holds_until_it_ends(ApplicationStatus status) {
        Hold hold = LegalHold.on(standing(status)).orElseThrow();
        assertThat(hold.rule()).startsWith(LegalHold.LIVE_PERMIT);
        assertThat(hold.until()).isEqualTo("until the permit ends (valid until 2029-08-31)");
    }

    @Test
    void a_refusal_holds_until_it_is_final() {
        Hold hold = LegalHold.on(standing(ApplicationStatus.REFUSED)).orElseThrow();
        assertThat(hold.rule()).startsWith(LegalHold.REFUSAL_OPEN_TO_APPEAL);
        assertThat(hold.until()).contains("2027-07-31");
    }

    @Test
    void every_hold_fits_the_public_contract() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            LegalHold.on(standing(status)).ifPresent(hold -> {
                assertThat(hold.rule()).hasSizeLessThanOrEqualTo(200);
                assertThat(hold.kept()).hasSizeLessThanOrEqualTo(300);
                assertThat(hold.until()).hasSizeLessThanOrEqualTo(200);
            });
        }
    }
}
