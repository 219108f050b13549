package org.corridor.returns;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** What every feature of the service shares. */
@Configuration(proxyBeanMethods = false)
class ReturnsConfiguration {

    /** Decides what "today" is for the dates a counsellor's decision takes effect on. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
