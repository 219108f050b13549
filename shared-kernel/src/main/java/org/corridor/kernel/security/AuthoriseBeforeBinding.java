package org.corridor.kernel.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Method;

/**
 * Checks a controller method's {@code @PreAuthorize} before Spring MVC reads and validates the request body.
 * Method security alone runs when the method is invoked, that is after {@code @Valid @RequestBody} binding, so a
 * caller without the role would get a 400 describing the body's shape instead of a 403. An expression that refers
 * to the method's arguments ({@code #name}) cannot be decided before binding; it is left to method security,
 * which checks every expression again when the method runs.
 */
class AuthoriseBeforeBinding implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager preAuthorize = new PreAuthorizeAuthorizationManager();

    AuthoriseBeforeBinding(MethodSecurityExpressionHandler expressions) {
        preAuthorize.setExpressionHandler(expressions);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !decidableBeforeBinding(method)) {
            return true;
        }
        AuthorizationResult result = preAuthorize.authorize(
                () -> SecurityContextHolder.getContext().getAuthentication(), new UnboundInvocation(method));
        if (result != null && !result.isGranted()) {
            throw new AccessDeniedException("Your role does not allow this");
        }
        return true;
    }

    private static boolean decidableBeforeBinding(HandlerMethod method) {
        PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
        PreAuthorize annotation = onMethod != null ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
        return annotation != null && !annotation.value().contains("#");
    }

    /** The handler method as it will be called, before its arguments exist. */
    private record UnboundInvocation(HandlerMethod handler) implements MethodInvocation {

        @Override
        public Method getMethod() {
            return handler.getMethod();
        }

        @Override
        public Object[] getArguments() {
            return new Object[handler.getMethodParameters().length];
        }

        @Override
        public Object proceed() {
            throw new UnsupportedOperationException("only checked, never invoked");
        }

        @Override
        public Object getThis() {
            return handler.getBean();
        }

        @Override
        public AccessibleObject getStaticPart() {
            return handler.getMethod();
        }
    }
}
