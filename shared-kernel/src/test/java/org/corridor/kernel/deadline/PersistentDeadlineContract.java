package org.corridor.kernel.deadline;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.jobrunr.JobRunrDeadlineManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.kernel.deadline.reminder.DeliveryLog;
import org.corridor.kernel.deadline.reminder.ReminderApplication;
import org.corridor.kernel.deadline.reminder.ReminderMessages.ReminderRaised;
import org.corridor.kernel.deadline.reminder.ReminderMessages.ReminderSet;
import org.corridor.kernel.deadline.reminder.ReminderMessages.SetReminder;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What every event store engine must show of the platform's deadlines: a deadline scheduled by one instance and
 * still pending when that instance stops is delivered once by the next instance on the same store.
 */
abstract class PersistentDeadlineContract {

    /** Far enough ahead that the first instance has stopped before it is due (JobRunr looks one poll ahead). */
    static final Duration DUE_AFTER = Duration.ofSeconds(15);

    /** The event store and read model settings of the engine under test, for one store. */
    abstract Map<String, String> storeProperties(String store);

    @Test
    void a_deadline_pending_at_a_restart_is_delivered_once_by_the_next_instance() {
        String store = "deadlines-" + UUID.randomUUID().toString().substring(0, 8);
        String reminderId = "R-" + UUID.randomUUID();
        UUID scheduleId;
        try (ConfigurableApplicationContext first = start("first", store)) {
            first.getBean(CommandGateway.class).sendAndWait(new SetReminder(reminderId, Instant.now().plus(DUE_AFTER)));
            scheduleId = UUID.fromString(events(first, reminderId, ReminderSet.class).scheduleId());
            assertThat(job(first, scheduleId).getState()).isEqualTo(StateName.SCHEDULED);
        }
        assertThat(DeliveryLog.deliveriesOf(reminderId)).as("nothing was delivered before the restart").isEmpty();

        try (ConfigurableApplicationContext second = start("second", store)) {
            BackgroundJobServer scheduler = second.getBean(BackgroundJobServer.class);
            assertThat(scheduler.getServerStatus().getWorkerPoolSize()).isEqualTo(2);
            assertThat(scheduler.getServerStatus().getPollIntervalInSeconds()).isEqualTo(5);

            await().atMost(Duration.ofSeconds(60))
                    .until(() -> job(second, scheduleId).getState() == StateName.SUCCEEDED);
            assertThat(DeliveryLog.deliveriesOf(reminderId)).containsExactly("second");
            assertThat(count(second, reminderId, ReminderRaised.class)).isEqualTo(1);

            // At least once: a crash after the handler committed and before JobRunr marked the job done delivers it
            // again, as here. The handler ignores the second delivery.
            redeliver(second, job(second, scheduleId));
            assertThat(DeliveryLog.deliveriesOf(reminderId)).containsExactly("second", "second");
            assertThat(count(second, reminderId, ReminderRaised.class)).isEqualTo(1);
        }
    }

    ConfigurableApplicationContext start(String instance, String store) {
        Map<String, String> properties = new HashMap<>();
        properties.put("spring.application.name", "reminder");
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        properties.put("springdoc.api-docs.enabled", "false");
        properties.put("logging.level.root", "WARN");
        properties.put("reminder.instance", instance);
        properties.put("corridor.event-store.node-id", "reminder-" + store);
        properties.put("corridor.security.jwt.hmac-secret", EmbeddedInfrastructure.TEST_JWT_SECRET);
        // No integration event reaches Kafka here: do not wait for a broker at start.
        properties.put("spring.kafka.admin.auto-create", "false");
        properties.put("spring.data.mongodb.database", store);
        properties.put("axoniq.update-checker.disabled", "true");
        properties.putAll(storeProperties(store));
        return ReminderApplication.start(properties);
    }

    private static Job job(ConfigurableApplicationContext context, UUID scheduleId) {
        return context.getBean(StorageProvider.class).getJobById(scheduleId);
    }

    /** Runs the stored job once more, exactly as JobRunr's worker does: the same method, the same arguments. */
    private static void redeliver(ConfigurableApplicationContext context, Job job) {
        String deadlineDetails = (String) job.getJobDetails().getJobParameters().get(0).getObject();
        context.getBean(JobRunrDeadlineManager.class).execute(deadlineDetails, job.getId().toString());
    }

    private static <T> T events(ConfigurableApplicationContext context, String aggregateId, Class<T> type) {
        return context.getBean(EventStore.class).readEvents(aggregateId).asStream()
                .map(event -> event.getPayload())
                .filter(type::isInstance).map(type::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName()));
    }

    private static long count(ConfigurableApplicationContext context, String aggregateId, Class<?> type) {
        return context.getBean(EventStore.class).readEvents(aggregateId).asStream()
                .filter(event -> type.isInstance(event.getPayload())).count();
    }
}
