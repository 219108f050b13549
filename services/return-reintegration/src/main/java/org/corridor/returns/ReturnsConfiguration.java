package org.corridor.returns;

import org.corridor.returns.returncase.command.FollowUpSchedule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.List;

/** What every feature of the service shares. */
@Configuration(proxyBeanMethods = false)
class ReturnsConfiguration {

    /** Decides what "today" is for the dates a counsellor's decision takes effect on. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** When return cases' follow-ups fall due: {@code corridor.returns.follow-ups}, three ISO periods or durations. */
    @Bean
    FollowUpSchedule followUpSchedule(@Value("${corridor.returns.follow-ups:P3M,P6M,P12M}") List<String> offsets) {
        return new FollowUpSchedule(offsets);
    }
}
