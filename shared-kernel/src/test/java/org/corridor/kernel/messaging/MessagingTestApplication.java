package org.corridor.kernel.messaging;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;

/**
 * A small service that publishes and consumes integration events, for the messaging tests and the publication
 * lag benchmark. Its dossiers are published to {@code messaging-test.events}; it reads that topic back (a
 * receipt per dossier that asks for one) and a partner's topic, {@code partner.events}.
 */
@SpringBootApplication
@PropertySource("classpath:messaging-test.properties")
public class MessagingTestApplication {
}
