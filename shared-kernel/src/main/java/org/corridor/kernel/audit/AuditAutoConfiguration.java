package org.corridor.kernel.audit;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.SmartInitializingSingleton;

/** Who-did-what metadata on every command and event, and correlation ids from HTTP through to Kafka. */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class AuditAutoConfiguration {

    @Bean
    CorrelationDataProvider auditCorrelationDataProvider() {
        return new AuditCorrelationDataProvider();
    }

    @Bean
    AuditCommandDispatchInterceptor auditCommandDispatchInterceptor(
            @Value("${spring.application.name}") String serviceName) {
        return new AuditCommandDispatchInterceptor(serviceName);
    }

    @Bean
    SmartInitializingSingleton auditInterceptorRegistration(CommandBus commandBus,
                                                            AuditCommandDispatchInterceptor interceptor) {
        return () -> commandBus.registerDispatchInterceptor(interceptor);
    }

    @Bean
    @ConditionalOnWebApplication
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
