package org.corridor.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.axonframework.commandhandling.CommandExecutionException;
import org.corridor.kernel.privacy.Erasure;
import org.corridor.kernel.privacy.SubjectErasedException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Something new about an erased person is a worded 409, whether it comes straight or out of a command handler. */
class ErasedPersonProblemTest {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();
    private final SubjectErasedException erased = new SubjectErasedException(
            new Erasure("P-1", Instant.parse("2026-12-02T10:00:00Z"), "clerk-7"));

    @Test
    void the_answer_says_when_the_person_was_erased_and_what_to_do_and_names_no_one() {
        ResponseEntity<ProblemDetail> answer = advice.subjectErased(erased);

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getBody().getDetail()).contains("asked to be forgotten on 2026-12-02")
                .contains("enrol them again as a new person").doesNotContain("P-1", "clerk-7");
        assertThat(answer.getBody().getType().toString()).endsWith("person-erased");
    }

    @Test
    void out_of_a_command_handler_it_is_the_same_answer() {
        ResponseEntity<ProblemDetail> answer = advice.commandFailed(
                new CommandExecutionException("refused", erased));

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getBody().getDetail()).contains("asked to be forgotten");
    }
}
