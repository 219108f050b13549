package org.corridor.identity.account.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.corridor.identity.account.AccountAdministration;
import org.corridor.identity.account.AccountView;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A person sets (or resets) their password with the one-time code their administrator handed them. */
@RestController
class PasswordResetController {

    private final AccountAdministration administration;

    PasswordResetController(AccountAdministration administration) {
        this.administration = administration;
    }

    @Schema(description = "The one-time code and the new password", example = """
            {"username": "maria.santos", "code": "7K3Q-M9XZ-2B4D-HT6W", "newPassword": "seven green ferries at dawn"}""")
    record PasswordResetRequest(String username, String code, String newPassword) {
    }

    record PasswordSet(AccountView account, String next) {
    }

    @Operation(summary = "Set your password with the one-time code from your administrator (no sign-in needed)")
    @PostMapping("/password-resets")
    PasswordSet reset(@RequestBody PasswordResetRequest request, HttpServletRequest http) {
        AccountView account = administration.setPassword(request.username(), request.code(), request.newPassword(),
                http.getRemoteAddr());
        return new PasswordSet(account, "Your password is set; sign in at /login.");
    }
}
