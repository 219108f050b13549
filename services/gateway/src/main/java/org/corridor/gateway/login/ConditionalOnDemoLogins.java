package org.corridor.gateway.login;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Present only with {@code CORRIDOR_DEMO_LOGINS=true}; off by default, so production never exposes it. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ConditionalOnProperty(name = "corridor.demo-logins", havingValue = "true")
@interface ConditionalOnDemoLogins {
}
