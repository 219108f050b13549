package org.corridor.identity.account.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.corridor.identity.account.AccountAdministration;
import org.corridor.identity.account.AccountView;
import org.corridor.identity.account.SetupCode;
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

import java.util.List;

/**
 * A scheme administrator's accounts: the clerks of origin agencies, the training providers and the recognition
 * officers of the organisations it administers.
 */
@RestController
@RequestMapping("/accounts")
@Validated
class AccountController {

    private final AccountAdministration administration;

    AccountController(AccountAdministration administration) {
        this.administration = administration;
    }

    @Schema(description = "A person to set up, the organisation they act for and the roles to give them",
            example = """
                    {"username": "maria.santos", "displayName": "Maria Santos", "roles": ["ORIGIN_AGENCY"],
                     "organisation": "origin-agency-ph", "country": "PH"}""")
    record NewAccountRequest(String username, String displayName, List<String> roles, String organisation,
                             String country) {
    }

    @Operation(summary = "Set up an account of an organisation you administer; the answer holds its one-time "
            + "password setup code, shown once")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SCHEME_ADMIN')")
    SetupCode create(Caller caller, @RequestBody NewAccountRequest request) {
        return administration.create(caller, new AccountAdministration.NewAccount(request.username(),
                request.displayName(), request.roles(), request.organisation(), request.country()));
    }

    @Operation(summary = "The accounts your organisation administers, by user name")
    @GetMapping
    @PreAuthorize("hasRole('SCHEME_ADMIN')")
    PageOf<AccountView> list(Caller caller, @RequestParam(defaultValue = "0") @Min(0) int page,
                             @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return administration.list(caller, page, size);
    }

    @Operation(summary = "One account your organisation administers")
    @GetMapping("/{username}")
    @PreAuthorize("hasRole('SCHEME_ADMIN')")
    AccountView get(Caller caller, @PathVariable String username) {
        return administration.get(caller, username);
    }

    @Operation(summary = "Lock an account: it cannot sign in until you unlock it")
    @PostMapping("/{username}/lock")
    @PreAuthorize("hasRole('SCHEME_ADMIN')")
    AccountView lock(Caller caller, @PathVariable String username) {
        return administration.lock(caller, username);
    }

    @Operation(summary = "Unlock an account, whether you locked it or wrong attempts did")
    @PostMapping("/{username}/unlock")
    @PreAuthorize("hasRole('SCHEME_ADMIN')")
    AccountView unlock(Caller caller, @PathVariable String username) {
        return administration.unlock(caller, username);
    }

    @Operation(summary = "A new one-time code for the person to set a new password (the old one works until then)")
    @PostMapping("/{username}/password-reset")
    @PreAuthorize("hasRole('SCHEME_ADMIN')")
    SetupCode reset(Caller caller, @PathVariable String username) {
        return administration.reset(caller, username);
    }
}
