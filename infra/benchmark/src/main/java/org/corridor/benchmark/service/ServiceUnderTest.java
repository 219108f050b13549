package org.corridor.benchmark.service;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.benchmark.cycle.query.CycleViews;
import org.corridor.benchmark.infrastructure.PlatformInfrastructure;
import org.corridor.benchmark.measure.CacheLookups;
import org.corridor.benchmark.measure.LagWatch;
import org.corridor.benchmark.measure.ProjectionLag;
import org.corridor.kernel.messaging.IntegrationEventPublisher;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.ProducerFactory;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * One running instance of {@link BenchmarkService}, configured the way the embedded default configures a service
 * (the platform's environment: data folder, MongoDB URI, Kafka bootstrap servers, a JWT secret), with the
 * benchmark's probes handed in before it starts.
 */
public final class ServiceUnderTest implements AutoCloseable {

    private final String name;
    private final ConfigurableApplicationContext context;
    private final LagWatch projectionLag;
    private final CacheLookups cacheLookups;

    private ServiceUnderTest(String name, ConfigurableApplicationContext context, LagWatch projectionLag,
                             CacheLookups cacheLookups) {
        this.name = name;
        this.context = context;
        this.projectionLag = projectionLag;
        this.cacheLookups = cacheLookups;
    }

    /**
     * @param name    the service's name: its event store is {@code <dataDir>/<name>/events}, its topic
     *                {@code <name>.events}, its database {@code corridor-<name>}
     * @param dataDir {@code CORRIDOR_DATA_DIR}
     */
    public static ServiceUnderTest start(String name, Path dataDir, PlatformInfrastructure infrastructure,
                                         List<String> extraProperties) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        LagWatch projectionLag = new LagWatch();
        CacheLookups cacheLookups = new CacheLookups();
        // Command-line arguments outrank the platform's defaults, as the environment does for a real service.
        List<String> arguments = new java.util.ArrayList<>(List.of(
                "--spring.application.name=" + name,
                "--corridor.data-dir=" + dataDir.toAbsolutePath(),
                "--spring.data.mongodb.uri=" + infrastructure.mongoUri(),
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "--corridor.security.jwt.hmac-secret=" + randomSecret(),
                "--server.port=0"));
        extraProperties.forEach(property -> arguments.add("--" + property.trim()));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(BenchmarkService.class)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .initializers(c -> {
                    c.getBeanFactory().registerSingleton("projectionLag", new ProjectionLag(projectionLag));
                    c.getBeanFactory().registerSingleton("cacheLookups", cacheLookups);
                })
                .run(arguments.toArray(String[]::new));
        return new ServiceUnderTest(name, context, projectionLag, cacheLookups);
    }

    private static String randomSecret() {
        byte[] secret = new byte[48];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }

    public String name() {
        return name;
    }

    public CommandGateway commands() {
        return context.getBean(CommandGateway.class);
    }

    public CycleViews views() {
        return context.getBean(CycleViews.class);
    }

    public EventStore eventStore() {
        return context.getBean(EventStore.class);
    }

    public Configuration axon() {
        return context.getBean(Configuration.class);
    }

    public LagWatch projectionLag() {
        return projectionLag;
    }

    public CacheLookups cacheLookups() {
        return cacheLookups;
    }

    /** The topic the platform's publisher sends this service's integration events to. */
    public String topic() {
        return context.getBean(IntegrationEventPublisher.class).topic();
    }

    public Map<String, Object> producerSettings() {
        return context.getBean(ProducerFactory.class).getConfigurationProperties();
    }

    /** What the platform offers for aggregates, by the bean names services use in {@code @Aggregate}. */
    public String aggregateCache() {
        return context.containsBean("aggregateCache")
                ? context.getBean("aggregateCache").getClass().getName() : "none";
    }

    public String snapshotTrigger() {
        return context.containsBean("snapshotTrigger")
                ? context.getBean("snapshotTrigger").getClass().getName() : "none";
    }

    public String property(String key) {
        return context.getEnvironment().getProperty(key, "");
    }

    /** Drops the service's read-model database, for a throwaway instance. */
    public void dropReadModels() {
        context.getBean(MongoTemplate.class).getDb().drop();
    }

    @Override
    public void close() {
        context.close();
    }
}
