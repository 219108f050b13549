package org.corridor.kernel.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.corridor.kernel.messaging.IntegrationEventInbox.ReceivedEvent;
import org.corridor.kernel.messaging.sample.PartnerNotices;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a consumer's routes are built: one per type, each with the consumer's copy of its schema, or no start. */
class IntegrationEventRoutesTest {

    static final String WITHDRAWN = "partner.notice-withdrawn.v1";

    @Test
    void a_consumer_whose_schema_copy_is_missing_fails_at_start_naming_the_type() {
        service().withBean(NoticeWithdrawals.class).run(context -> {
            assertThat(context).hasFailed();
            Throwable cause = rootCause(context.getStartupFailure());
            assertThat(cause).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("integration event type " + WITHDRAWN)
                    .hasMessageContaining("contracts/consumed/" + WITHDRAWN + ".schema.json");
        });
    }

    @Test
    void a_consumer_with_a_schema_copy_for_each_route_starts() {
        service().withBean(NoticeGivings.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(NoticeGivings.class).routes.types())
                    .containsExactly(PartnerNotices.NOTICE_GIVEN);
        });
    }

    @Test
    void a_schema_copy_of_another_type_fails_at_build_naming_both_types() {
        assertThatThrownBy(() -> inbox().routes()
                .on("partner.notice-amended.v1", PartnerNotices.NoticeV1.class, (notice, event) -> { })
                .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("urn:corridor:contract:" + PartnerNotices.NOTICE_GIVEN)
                .hasMessageContaining("not of integration event type partner.notice-amended.v1");
    }

    @Test
    void a_second_handler_for_one_type_is_refused_naming_the_type() {
        IntegrationEventRoutes.Builder routes = inbox().routes()
                .on(PartnerNotices.NOTICE_GIVEN, PartnerNotices.NoticeV1.class, (notice, event) -> { });
        assertThatThrownBy(() -> routes.on(PartnerNotices.NOTICE_GIVEN, PartnerNotices.NoticeV1.class,
                (notice, event) -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two handlers for integration event type " + PartnerNotices.NOTICE_GIVEN);
    }

    @Test
    void routes_without_any_type_are_refused() {
        assertThatThrownBy(() -> inbox().routes().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no integration event types routed");
    }

    private static ApplicationContextRunner service() {
        return new ApplicationContextRunner().withBean(IntegrationEventInbox.class, IntegrationEventRoutesTest::inbox);
    }

    private static IntegrationEventInbox inbox() {
        return new IntegrationEventInbox(new MongoTemplate(EmbeddedInfrastructure.mongoClient(), "routes-test"),
                new ObjectMapper().findAndRegisterModules(), new SimpleMeterRegistry(),
                IntegrationEventRoutesTest.class.getClassLoader());
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Reads a type of which it has no schema copy on the classpath. */
    static class NoticeWithdrawals {
        final IntegrationEventRoutes routes;

        NoticeWithdrawals(IntegrationEventInbox inbox) {
            routes = inbox.routes().on(WITHDRAWN, Withdrawn.class, this::onWithdrawn).build();
        }

        void onWithdrawn(Withdrawn withdrawn, ReceivedEvent event) {
        }

        record Withdrawn(String noticeId) {
        }
    }

    /** Reads a type whose schema copy is on the classpath. */
    static class NoticeGivings {
        final IntegrationEventRoutes routes;

        NoticeGivings(IntegrationEventInbox inbox) {
            routes = inbox.routes().on(PartnerNotices.NOTICE_GIVEN, PartnerNotices.NoticeV1.class,
                    (notice, event) -> { }).build();
        }
    }
}
