package org.corridor.kernel.audit;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
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

    /**
     * Carries the flow to every message that handling a message produces: {@code correlationId} is kept from the
     * message being handled (or is its id, when it starts a flow) and {@code causationId} is its id. Axon's
     * {@code MessageOriginProvider} with its keys renamed does exactly that: its "trace" is our correlation,
     * its "correlation" (the direct cause) our causation.
     */
    @Bean
    CorrelationDataProvider auditFlowCorrelationDataProvider() {
        return new MessageOriginProvider(AuditMetadata.CAUSATION_ID, AuditMetadata.CORRELATION_ID);
    }

    /** Carries who caused the message being handled to every message its handling produces. */
    @Bean
    CorrelationDataProvider auditActorCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(AuditMetadata.USER_ID, AuditMetadata.ROLE,
                AuditMetadata.ORGANISATION);
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
