package org.corridor.kernel.deadline.reminder;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Map;

/** A service of one aggregate that schedules one deadline, wired by the platform's auto-configuration. */
@SpringBootApplication
public class ReminderApplication {

    /** Starts an instance; {@code properties} take precedence over the platform defaults, as the environment would. */
    public static ConfigurableApplicationContext start(Map<String, String> properties) {
        String[] args = properties.entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(ReminderApplication.class).run(args);
    }
}
