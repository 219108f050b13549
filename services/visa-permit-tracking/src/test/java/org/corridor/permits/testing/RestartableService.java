package org.corridor.permits.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.corridor.permits.VisaPermitTrackingApplication;
import org.corridor.permits.application.api.ApplicationCommands.AddPersonalDetails;
import org.corridor.permits.application.api.ApplicationCommands.LodgeApplication;
import org.corridor.permits.application.api.ApplicationCommands.OpenApplication;
import org.corridor.permits.application.api.ApplicationCommands.RecordDocumentReceived;
import org.corridor.permits.application.api.ApplicationCommands.VerifyDocument;
import org.corridor.permits.application.api.DocumentType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service as a process of its own on an H2 event store file under {@code data}, for tests that stop it and start
 * it again on the same store, and the commands that take an application as far as lodging.
 */
public final class RestartableService {

    private RestartableService() {
    }

    /** Starts the service on the store {@code store} (its H2 file, its MongoDB database and its node id). */
    public static ConfigurableApplicationContext start(Path data, String store) {
        Map<String, String> properties = new HashMap<>();
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "WARN");
        properties.put("spring.kafka.bootstrap-servers", EmbeddedInfrastructure.kafkaBootstrapServers());
        // Driven by commands: its listeners stay out of the shared consumer groups.
        properties.put("spring.kafka.listener.auto-startup", "false");
        properties.put("spring.data.mongodb.uri", EmbeddedInfrastructure.mongoUri());
        properties.put("spring.data.mongodb.database", store);
        properties.put("spring.datasource.url", "jdbc:h2:file:" + data.resolve(store).resolve("events")
                + ";WRITE_DELAY=0");
        properties.put("corridor.event-store.node-id", store);
        properties.put("corridor.security.jwt.hmac-secret", EmbeddedInfrastructure.TEST_JWT_SECRET);
        properties.put("axoniq.update-checker.disabled", "true");
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(VisaPermitTrackingApplication.class).run(args);
    }

    /** Opens the application, adds the worker's details, receives and verifies every document, and lodges it. */
    public static void openAndLodge(CommandGateway commands, OpenApplication open, AddPersonalDetails details) {
        commands.sendAndWait(open);
        commands.sendAndWait(details);
        for (DocumentType document : DocumentType.values()) {
            commands.sendAndWait(new RecordDocumentReceived(open.applicationId(), open.post(), document));
            commands.sendAndWait(new VerifyDocument(open.applicationId(), open.post(), document));
        }
        commands.sendAndWait(new LodgeApplication(open.applicationId(), open.post()));
    }
}
