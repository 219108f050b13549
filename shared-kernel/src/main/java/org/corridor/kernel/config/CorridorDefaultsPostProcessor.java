package org.corridor.kernel.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

/**
 * Gives every service the platform's defaults ({@code corridor-defaults.properties}) at the lowest precedence,
 * so a service's own {@code application.yml} and the environment override any of them.
 */
public class CorridorDefaultsPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            List<PropertySource<?>> defaults = new PropertiesPropertySourceLoader()
                    .load("corridor-defaults", new ClassPathResource("corridor-defaults.properties"));
            defaults.forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corridor-defaults.properties", e);
        }
        environment.getPropertySources().addLast(new MapPropertySource("corridor-host",
                Map.of("corridor.host-name", hostName())));
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
