package org.corridor.kernel.deadline;

import com.mongodb.client.MongoClient;
import org.corridor.kernel.eventstore.EventStoreProperties;
import org.jobrunr.jobs.filters.RetryFilter;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.BackgroundJobServerConfiguration;
import org.jobrunr.server.JobActivator;
import org.jobrunr.spring.autoconfigure.JobRunrAutoConfiguration;
import org.jobrunr.spring.autoconfigure.JobRunrProperties;
import org.jobrunr.spring.autoconfigure.storage.JobRunrMongoDBStorageAutoConfiguration;
import org.jobrunr.spring.autoconfigure.storage.JobRunrSqlStorageAutoConfiguration;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.sql.common.SqlStorageProviderFactory;
import org.jobrunr.utils.mapper.JsonMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import javax.sql.DataSource;

import static org.jobrunr.server.BackgroundJobServerConfiguration.usingStandardBackgroundJobServerConfiguration;
import static org.jobrunr.storage.StorageProviderUtils.DatabaseOptions.CREATE;

/**
 * Deadlines that survive restarts, for every service: Axon's {@code JobRunrDeadlineManager} (auto-configured by Axon
 * once a JobRunr {@code JobScheduler} exists) on JobRunr storage that follows the event store engine, so a deadline
 * lives where the service's events live (docs/adr/0010-persistent-deadlines.md):
 * <ul>
 *     <li>{@code corridor.event-store.engine=jdbc} (embedded): JobRunr's SQL storage on the service's own DataSource,
 *     the H2 file that holds its events;</li>
 *     <li>{@code mongo} (production): JobRunr's MongoDB storage in the service's own database
 *     ({@code spring.data.mongodb.database}), through {@link MongoDeadlineStorage}.</li>
 * </ul>
 * This configuration also runs JobRunr's background job server, which JobRunr leaves off by default (deadlines would
 * be stored and never fire), with {@link DeadlineProperties}: poll every 5 s, two workers.
 * <p>
 * Delivery is at least once: a process killed after the deadline handler's events were committed and before JobRunr
 * marked the job done runs it again. A deadline handler must therefore ignore a second delivery
 * ({@code if (alreadyRaised) return;}). The free JobRunr edition cannot cancel all deadlines of a name or scope: an
 * aggregate keeps the schedule id that {@code schedule} returns to cancel it.
 */
@AutoConfiguration(
        after = {DataSourceAutoConfiguration.class, MongoAutoConfiguration.class},
        before = {JobRunrAutoConfiguration.class, JobRunrSqlStorageAutoConfiguration.class,
                JobRunrMongoDBStorageAutoConfiguration.class})
@EnableConfigurationProperties(DeadlineProperties.class)
@Import({DeadlineAutoConfiguration.JdbcStorage.class, DeadlineAutoConfiguration.MongoStorage.class})
public class DeadlineAutoConfiguration {

    /** The name JobRunr's auto-configuration gives its storage; using it keeps JobRunr's own storage beans away. */
    static final String STORAGE_PROVIDER = "storageProvider";

    /**
     * The scheduler that fires due deadlines. Named after the event store's node id, so the JobRunr dashboard and
     * its tables say which instance is master.
     */
    @Bean
    @ConditionalOnProperty(name = "corridor.deadlines.enabled", havingValue = "true", matchIfMissing = true)
    BackgroundJobServerConfiguration backgroundJobServerConfiguration(DeadlineProperties deadlines,
                                                                      EventStoreProperties eventStore) {
        return usingStandardBackgroundJobServerConfiguration()
                .andName(eventStore.nodeId())
                .andPollInterval(deadlines.pollInterval())
                .andServerTimeoutPollIntervalMultiplicand(deadlines.serverTimeoutMultiplier())
                .andWorkerCount(deadlines.workers());
    }

    /**
     * Started by JobRunr's own {@code JobRunrStarter} once every singleton exists, stopped with the context. JobRunr's
     * properties are told it runs, so that its health indicator reports the running server instead of "disabled".
     */
    @Bean
    @ConditionalOnProperty(name = "corridor.deadlines.enabled", havingValue = "true", matchIfMissing = true)
    BackgroundJobServer backgroundJobServer(StorageProvider storageProvider, JsonMapper jobRunrJsonMapper,
                                            JobActivator jobActivator, BackgroundJobServerConfiguration configuration,
                                            JobRunrProperties jobRunrProperties) {
        jobRunrProperties.getBackgroundJobServer().setEnabled(true);
        BackgroundJobServer server = new BackgroundJobServer(storageProvider, jobRunrJsonMapper, jobActivator,
                configuration);
        // A deadline whose handler failed is retried with JobRunr's back-off (10 times by default), as JobRunr would.
        server.setJobFilters(java.util.List.of(new RetryFilter(jobRunrProperties.getJobs().getDefaultNumberOfRetries(),
                jobRunrProperties.getJobs().getRetryBackOffTimeSeed())));
        return server;
    }

    /** Embedded engine: deadlines in the H2 file (or whatever SQL database) that holds the service's events. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "corridor.event-store.engine", havingValue = "jdbc", matchIfMissing = true)
    static class JdbcStorage {

        @Bean(name = STORAGE_PROVIDER, destroyMethod = "close")
        @ConditionalOnMissingBean(StorageProvider.class)
        StorageProvider deadlineStorage(DataSource dataSource, JobMapper jobMapper) {
            StorageProvider storage = SqlStorageProviderFactory.using(dataSource, null, CREATE);
            storage.setJobMapper(jobMapper);
            return storage;
        }
    }

    /** Production engine: deadlines in the service's own MongoDB database, beside its events. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "corridor.event-store.engine", havingValue = "mongo")
    static class MongoStorage {

        @Bean(name = STORAGE_PROVIDER, destroyMethod = "close")
        @ConditionalOnMissingBean(StorageProvider.class)
        StorageProvider deadlineStorage(MongoClient mongoClient, MongoDatabaseFactory databases, JobMapper jobMapper) {
            StorageProvider storage = new MongoDeadlineStorage(mongoClient, databases.getMongoDatabase().getName());
            storage.setJobMapper(jobMapper);
            return storage;
        }
    }
}
