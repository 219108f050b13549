package org.corridor.kernel.health;

import org.bson.Document;
import org.springframework.boot.actuate.autoconfigure.data.mongo.MongoHealthContributorAutoConfiguration;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * In embedded mode (the {@code jdbc} event store engine, which the embedded platform runs with its MongoDB
 * wire-protocol server), checks MongoDB with {@code ping}: Spring Boot's own indicator sends {@code hello}, which
 * the wire server does not know. In production ({@code corridor.event-store.engine=mongo}, a MongoDB replica set)
 * Spring Boot's indicator is used as it is.
 */
@AutoConfiguration(before = MongoHealthContributorAutoConfiguration.class,
        afterName = "org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration")
@ConditionalOnBean(MongoTemplate.class)
@ConditionalOnProperty(name = "corridor.event-store.engine", havingValue = "jdbc", matchIfMissing = true)
public class HealthAutoConfiguration {

    @Bean(name = "mongoHealthContributor")
    HealthIndicator mongoHealthContributor(MongoTemplate mongo) {
        return new AbstractHealthIndicator("MongoDB health check failed") {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                Document reply = mongo.executeCommand(new Document("ping", 1));
                builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ping", reply.get("ok"));
            }
        };
    }
}
