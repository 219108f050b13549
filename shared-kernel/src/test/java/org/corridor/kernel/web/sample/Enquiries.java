package org.corridor.kernel.web.sample;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Origin agencies open enquiries (a body that must name its subject); an enquiry marked {@code hold} is handled
 * only once the test lets it go, so its sender waits longer than the command timeout.
 */
class Enquiries {

    record OpenEnquiryRequest(@NotBlank String subject, boolean hold) {
    }

    record OpenEnquiry(String subject, boolean hold) {
    }

    @RestController
    static class EnquiryController {

        private final CommandGateway commands;

        EnquiryController(CommandGateway commands) {
            this.commands = commands;
        }

        @PostMapping("/enquiries")
        @PreAuthorize("hasRole('ORIGIN_AGENCY')")
        @ResponseStatus(HttpStatus.CREATED)
        String open(@Valid @RequestBody OpenEnquiryRequest request) {
            return commands.sendAndWait(new OpenEnquiry(request.subject(), request.hold()));
        }

        @PostMapping("/enquiries/{enquiryId}/answers")
        @PreAuthorize("hasAnyRole('RECOGNITION_OFFICER', 'CONSULATE')")
        @ResponseStatus(HttpStatus.CREATED)
        String answer(@PathVariable String enquiryId, @Valid @RequestBody OpenEnquiryRequest request) {
            return enquiryId;
        }
    }

    @Component
    static class EnquiryHandler {

        /** Released by the test that holds a command; never by a test that only opens enquiries. */
        static volatile CountDownLatch release = new CountDownLatch(1);

        @CommandHandler
        String handle(OpenEnquiry command) throws InterruptedException {
            if (command.hold() && !release.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the held enquiry was never released");
            }
            return "opened: " + command.subject();
        }
    }
}
