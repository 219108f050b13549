package org.corridor.permits.application.adapter;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fallback says why nothing was lodged this round, in words the consulate reads on the application. */
class ImmigrationSystemFallbackTest {

    @Test
    void an_open_circuit_is_reported_as_calls_paused() {
        CircuitBreaker breaker = CircuitBreaker.ofDefaults("test");
        breaker.transitionToOpenState();
        ImmigrationSystemClient.Outcome<String> outcome = ImmigrationSystemClient.fallback(
                CallNotPermittedException.createCallNotPermittedException(breaker));
        assertThat(outcome.isAnswered()).isFalse();
        assertThat(outcome.failure()).contains("circuit open");
    }

    @Test
    void a_timeout_and_a_refusal_say_what_happened() {
        assertThat(ImmigrationSystemClient.fallback(new TimeoutException()).failure()).isEqualTo("no answer in time");
        assertThat(ImmigrationSystemClient.fallback(
                new ImmigrationSystemClient.RefusedByImmigrationSystem(422, "passport expired")).failure())
                .isEqualTo("refused by the immigration system: HTTP 422 passport expired");
    }

    @Test
    void rounds_wait_twice_as_long_each_time_up_to_the_longest_wait() {
        ImmigrationSettings settings = new ImmigrationSettings(null, null, null, null, Duration.ofSeconds(30),
                Duration.ofMinutes(15), null, null, null, null);
        assertThat(settings.retryAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.retryAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.retryAfter(10)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void a_status_answer_without_what_its_decision_needs_is_unreadable_and_says_what_is_missing() {
        LocalDate day = LocalDate.of(2027, 6, 14);
        assertThatThrownBy(() -> status("APPROVED", null, null, null, null, null).requireReadable("CASE-1"))
                .isInstanceOf(ImmigrationSystemClient.UnreadableAnswer.class).hasMessageContaining("validity");
        assertThatThrownBy(() -> status("REFUSED", null, null, List.of(" "), day, day.plusDays(30))
                .requireReadable("CASE-1")).hasMessageContaining("refusal without reasons");
        assertThatThrownBy(() -> status("REFUSED", null, null, List.of("late"), day, day).requireReadable("CASE-1"))
                .hasMessageContaining("later appealBy");
        assertThatThrownBy(() -> status("in review", null, null, null, null, null).requireReadable("CASE-1"))
                .hasMessageContaining("not a status word");
        assertThatThrownBy(() -> new ImmigrationSystemClient.CaseStatus("CASE-2", "IN_REVIEW", null, null, null,
                null, null).requireReadable("CASE-1")).hasMessageContaining("asked about CASE-1");
        status("IN_REVIEW", null, null, null, null, null).requireReadable("CASE-1");
        status("APPROVED", day, day.plusYears(2), null, day, null).requireReadable("CASE-1");
        assertThat(status("REFUSED", null, null, List.of(" quota reached ", ""), day, day.plusDays(30))
                .statedReasons()).containsExactly("quota reached");
    }

    private static ImmigrationSystemClient.CaseStatus status(String status, LocalDate from, LocalDate until,
                                                             List<String> reasons, LocalDate decidedOn,
                                                             LocalDate appealBy) {
        return new ImmigrationSystemClient.CaseStatus(null, status, from, until, reasons, decidedOn, appealBy);
    }
}
