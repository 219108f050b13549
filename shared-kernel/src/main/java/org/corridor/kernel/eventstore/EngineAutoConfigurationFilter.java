package org.corridor.kernel.eventstore;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

import java.util.Set;

/**
 * Leaves out the auto-configurations the chosen engine does not use. With {@code corridor.event-store.engine=mongo}
 * nothing needs a SQL database, yet Spring Boot would open one anyway (the platform's default URL is the embedded H2
 * file): Axon would wrap every command and every tracking batch in a JDBC transaction on it, and the health endpoint
 * would report on it, creating the file where a production container may not be able to write. Without a DataSource,
 * Axon's JDBC auto-configuration and its transaction manager stand down too.
 */
public class EngineAutoConfigurationFilter implements AutoConfigurationImportFilter, EnvironmentAware {

    static final Set<String> UNUSED_BY_MONGO_ENGINE = Set.of(
            "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean mongo = Binder.get(environment)
                .bind("corridor.event-store.engine", EventStoreProperties.Engine.class)
                .map(EventStoreProperties.Engine.MONGO::equals)
                .orElse(false);
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            String candidate = autoConfigurationClasses[i];
            // entries already filtered out by an earlier filter arrive as null
            matches[i] = candidate == null || !(mongo && UNUSED_BY_MONGO_ENGINE.contains(candidate));
        }
        return matches;
    }
}
