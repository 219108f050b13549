package org.corridor.skills.trainee;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.corridor.contracts.Contracts;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.corridor.kernel.testing.TestTokens;
import org.corridor.skills.Api;
import org.corridor.skills.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@CorridorServiceTest
class PlacementConsumptionTest {

    static final String TYPE = "employer-matching.placement-agreed.v1";

    @Autowired
    TestRestTemplate http;

    @Test
    void an_agreed_placement_from_employer_matching_marks_the_trainee_placed_and_ends_track_switching() throws Exception {
        Api api = new Api(http);
        String schemeId = (String) api.post("/schemes", TraineeEnrolmentHttpTest.SCHEME.formatted(10),
                TestTokens.schemeAdmin()).getBody().get("schemeId");
        String personId = (String) api.post("/trainees", TraineeEnrolmentHttpTest.person(schemeId,
                "Placed " + UUID.randomUUID(), "1991-03-03", "AWAY"), Tokens.manilaAgency()).getBody().get("personId");

        String example = Contracts.example(TYPE).replace("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", personId)
                .replace("afb206da-1cd7-5b8d-864c-510b1433f7b4", UUID.randomUUID().toString());
        Properties properties = new Properties();
        properties.put("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers());
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("employer-matching.events", "pl-91b0c7e2", example)).get();
            producer.send(new ProducerRecord<>("employer-matching.events", "pl-91b0c7e2", example)).get();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/trainees/" + personId, Tokens.manilaAgency()).getBody())
                        .containsEntry("status", "PLACED"));
        ResponseEntity<Map> switched = api.post("/trainees/" + personId + "/track", "{\"track\": \"HOME\"}",
                Tokens.worker(personId));
        assertThat(switched.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) switched.getBody().get("errors"))
                .anySatisfy(e -> assertThat(e).containsEntry("field", "track"));
        Map<String, Map<String, Object>> counts = api.get("/schemes/" + schemeId + "/trainee-counts",
                TestTokens.schemeAdmin()).getBody();
        assertThat(counts.get("stage")).containsEntry("PLACED", 1).doesNotContainKey("ENROLLED");
    }
}
