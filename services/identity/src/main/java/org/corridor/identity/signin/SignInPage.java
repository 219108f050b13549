package org.corridor.identity.signin;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in form the browser is sent to by the authorization endpoint. After a refused attempt it says why
 * (wrong password, wait until, locked until, waiting for approval) and what to do next.
 */
@RestController
@Hidden
class SignInPage {

    static final String MESSAGE = SignInPage.class.getName() + ".message";

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String message = null;
        if (session != null) {
            message = (String) session.getAttribute(MESSAGE);
            session.removeAttribute(MESSAGE);
        }
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String notice = message == null ? "" : "<p role=\"alert\" class=\"refusal\">" + HtmlUtils.htmlEscape(message)
                + "</p>\n";
        String loggedOut = request.getParameter("logout") != null ? "<p role=\"status\">You are signed out.</p>\n" : "";
        String html = """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Sign in to Corridor</title>
                <meta name="viewport" content="width=device-width, initial-scale=1"></head>
                <body>
                <main>
                <h1>Sign in to Corridor</h1>
                %s%s<form method="post" action="login">
                <label for="username">User name</label>
                <input id="username" name="username" autocomplete="username" required autofocus>
                <label for="password">Password</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required>
                %s<button type="submit">Sign in</button>
                </form>
                <p>Forgot your password? Ask your administrator for a one-time reset code.
                Workers: activate your account with the code from your enrolment letter.</p>
                </main>
                </body>
                </html>
                """.formatted(notice, loggedOut, csrf == null ? "" : "<input type=\"hidden\" name=\""
                + HtmlUtils.htmlEscape(csrf.getParameterName()) + "\" value=\"" + HtmlUtils.htmlEscape(csrf.getToken())
                + "\">\n");
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_HTML).body(html);
    }
}
