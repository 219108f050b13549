package org.corridor.kernel.eventstore;

import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/** Picks the event store engine from {@code corridor.event-store.engine}: {@code jdbc} (default) or {@code mongo}. */
@AutoConfiguration(before = {AxonAutoConfiguration.class, JdbcAutoConfiguration.class})
@EnableConfigurationProperties(EventStoreProperties.class)
@Import({JdbcEventStoreConfiguration.class, MongoEventStoreConfiguration.class})
public class EventStoreAutoConfiguration {
}
