package org.corridor.identity.activation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.corridor.identity.account.AccountView;
import org.corridor.identity.activation.WorkerActivation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A worker makes their own account with the code from their enrolment letter. */
@RestController
class ActivationController {

    private final WorkerActivation activation;

    ActivationController(WorkerActivation activation) {
        this.activation = activation;
    }

    @Schema(description = "The code from the enrolment letter, and the user name and password you choose", example = """
            {"code": "7K3Q-M9XZ-2B4D-HT6W", "username": "jose.reyes", "password": "mango trees by the river"}""")
    record ActivationRequest(String code, String username, String password) {
    }

    record Activated(AccountView account, String next) {
    }

    @Operation(summary = "Activate your worker account with your one-time code (no sign-in needed)")
    @PostMapping("/activations")
    @ResponseStatus(HttpStatus.CREATED)
    Activated activate(@RequestBody ActivationRequest request, HttpServletRequest http) {
        AccountView account = activation.activate(request.code(), request.username(), request.password(),
                http.getRemoteAddr());
        return new Activated(account, "Your account is ready; sign in at /login with your user name and password.");
    }
}
