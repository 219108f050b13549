package org.corridor.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration
class IdentityConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
