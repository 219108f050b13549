package org.corridor.identity.account.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.corridor.identity.account.AccountAdministration;
import org.corridor.identity.account.AccountView;
import org.corridor.kernel.security.Caller;
import org.corridor.kernel.web.PageOf;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Employers register themselves; a scheme administrator of the country they employ in approves them before they
 * can sign in.
 */
@RestController
@RequestMapping("/employer-registrations")
@Validated
class EmployerRegistrationController {

    private final AccountAdministration administration;

    EmployerRegistrationController(AccountAdministration administration) {
        this.administration = administration;
    }

    @Schema(description = "An employer's own registration", example = """
            {"username": "hr@pflege-nord.de", "password": "three quiet harbour lamps",
             "companyName": "Pflege Nord GmbH", "country": "DE"}""")
    record RegistrationRequest(String username, String password, String companyName, String country) {
    }

    record Registered(AccountView account, String next) {
    }

    @Operation(summary = "Register as an employer (no sign-in needed); you can sign in once a scheme administrator "
            + "of your country approves you")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Registered register(@RequestBody RegistrationRequest request) {
        AccountView account = administration.registerEmployer(new AccountAdministration.EmployerRegistration(
                request.username(), request.password(), request.companyName(), request.country()));
        return new Registered(account, "Your registration waits for approval by the scheme administrator of "
                + account.country() + "; you can sign in once it is approved.");
    }

    @Operation(summary = "Employer registrations of your country that wait for your approval")
    @GetMapping
    @PreAuthorize("hasRole('SCHEME_ADMIN')")
    PageOf<AccountView> pending(Caller caller, @RequestParam(defaultValue = "0") @Min(0) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return administration.pendingEmployers(caller, page, size);
    }

    @Operation(summary = "Approve an employer of your country: it can sign in from now on")
    @PostMapping("/{username}/approval")
    @PreAuthorize("hasRole('SCHEME_ADMIN')")
    AccountView approve(Caller caller, @PathVariable String username) {
        return administration.approveEmployer(caller, username);
    }
}
