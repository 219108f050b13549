package org.corridor.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;

/** Back to the form, which tells the person why they were not signed in. */
public class SignInFailure implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        request.getSession(true).setAttribute(SignInPage.MESSAGE, exception.getMessage());
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
