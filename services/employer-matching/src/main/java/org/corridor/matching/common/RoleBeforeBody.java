package org.corridor.matching.common;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a handler's {@code @PreAuthorize} before Spring reads and validates the request body, so that a caller
 * without the role gets 403 whatever it sent, never a validation error that reveals the shape of the data. The
 * method-security check on the controller still runs afterwards; expressions here may use roles, not arguments.
 */
@Configuration
class RoleBeforeBody implements WebMvcConfigurer, HandlerInterceptor {

    private final DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
    private final Map<String, Expression> parsed = new ConcurrentHashMap<>();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
            if (rule != null && !rule.value().contains("#")) {
                EvaluationContext context = expressions.createEvaluationContext(
                        () -> SecurityContextHolder.getContext().getAuthentication(),
                        new SimpleMethodInvocation(method.getBean(), method.getMethod()));
                Expression expression = parsed.computeIfAbsent(rule.value(),
                        value -> expressions.getExpressionParser().parseExpression(value));
                if (!ExpressionUtils.evaluateAsBoolean(expression, context)) {
                    throw new AccessDeniedException("Your role does not allow this");
                }
            }
        }
        return true;
    }
}
