package org.corridor.returns.benefit.adapter;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SocialSecurityProperties.class)
class SocialSecurityConfiguration {
}
