package org.corridor.returns.benefit.adapter;

import org.corridor.returns.benefit.command.StatusChecks;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SocialSecurityProperties.class)
class SocialSecurityConfiguration {

    /** How often received claims ask the destination where they are ({@code status-first-check}, ...). */
    @Bean
    StatusChecks statusChecks(SocialSecurityProperties properties) {
        return new StatusChecks(properties.statusFirstCheck(), properties.statusLongestWait());
    }
}
