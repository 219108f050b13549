package org.corridor.gateway.login;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.corridor.gateway.problem.Problems;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /auth/token}: demo people log in with a password and get a bearer token for one hour. */
@RestController
@ConditionalOnDemoLogins
@Tag(name = "Demo logins", description = "Embedded mode only, with CORRIDOR_DEMO_LOGINS=true")
class DemoLoginController {

    private final DemoTokenIssuer issuer;

    DemoLoginController(DemoTokenIssuer issuer) {
        this.issuer = issuer;
    }

    @Operation(summary = "Log in as a demo person",
            description = "Users admin, agency, employer, consulate, worker, counsellor and monitor; each "
                    + "password is the user name.")
    @ApiResponse(responseCode = "200", description = "A bearer token")
    @ApiResponse(responseCode = "400", description = "User name or password missing",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "Unknown user or wrong password",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TokenResponse> logIn(@RequestBody TokenRequest request) {
        require("username", request.username());
        require("password", request.password());
        DemoAccount account = DemoAccounts.authenticate(request.username(), request.password())
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.UNAUTHORIZED,
                        Problems.of(HttpStatus.UNAUTHORIZED, "invalid-credentials",
                                "Unknown user name or wrong password"), null));
        DemoTokenIssuer.IssuedToken token = issuer.issue(account);
        // RFC 6749 5.1: token responses must not be cached.
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("Pragma", "no-cache")
                .body(new TokenResponse(token.value(), "Bearer", token.lifetime().toSeconds()));
    }

    private static void require(String field, String value) {
        if (!StringUtils.hasText(value)) {
            ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", field + " is required");
            problem.setProperty("field", field);
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
    }

    record TokenRequest(String username, String password) {
    }

    record TokenResponse(@JsonProperty("access_token") String accessToken,
                         @JsonProperty("token_type") String tokenType,
                         @JsonProperty("expires_in") long expiresIn) {
    }
}
