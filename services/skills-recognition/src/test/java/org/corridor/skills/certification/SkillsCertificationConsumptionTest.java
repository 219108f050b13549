package org.corridor.skills.certification;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.corridor.contracts.Contracts;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.corridor.kernel.testing.TestTokens;
import org.corridor.skills.Api;
import org.corridor.skills.PublishedRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@CorridorServiceTest
class SkillsCertificationConsumptionTest {

    static final String TYPE = "return-reintegration.skills-certification-requested.v1";
    static final String SCHEME = """
            {"name": "Philippines-Germany care workers", "originCountry": "PH", "destinationCountry": "DE",
             "trainingStandard": "Pflegefachassistenz, German B1",
             "occupations": [{"iscoCode": "5321", "title": "Health care assistants",
                              "monthlyWageFloor": {"amount": "2650.00", "currency": "EUR"},
                              "requiredSkills": [{"skillCode": "care.basic-nursing", "label": "Basic nursing care", "level": 3},
                                                 {"skillCode": "care.mobility", "label": "Mobility support", "level": 3}]}],
             "quotas": [{"track": "AWAY", "places": 10}]}
            """;

    @Autowired
    TestRestTemplate http;

    @Test
    void a_certification_request_from_return_reintegration_is_answered_against_the_scheme_s_standard_once() throws Exception {
        Api api = new Api(http);
        String schemeId = (String) api.post("/schemes", SCHEME, TestTokens.schemeAdmin()).getBody().get("schemeId");
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/schemes/" + schemeId, TestTokens.schemeAdmin())
                .getStatusCode().is2xxSuccessful());
        String requestId = "rq-" + UUID.randomUUID();
        String request = Contracts.example(TYPE).replace("0b6f7e0c-3d2a-4f6b-9c1e-5a4d3b2c1f00", schemeId)
                .replace("rq-6b7c8d9e", requestId).replace("e7b6aa66-6199-5a05-bd3d-211216a89d9c", UUID.randomUUID().toString());
        Properties properties = new Properties();
        properties.put("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers());
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("return-reintegration.events", requestId, request)).get();
            producer.send(new ProducerRecord<>("return-reintegration.events", requestId, request)).get();
        }

        ConsumerRecord<String, String> answer = PublishedRecords.awaitOne(requestId, "skills-recognition.skills-certified.v1");
        Contracts.requireValid(answer.value());
        assertThat(answer.value()).contains("\"outcome\":\"PARTIALLY_CERTIFIED\"")
                .contains("{\"skillCode\":\"care.basic-nursing\",\"label\":\"Basic nursing care\",\"level\":4}")
                .contains("Dementia care").contains("Mobility support");
        assertThat(PublishedRecords.everything())
                .filteredOn(r -> requestId.equals(r.key())).hasSize(1);

        // the returnee sees the certification, and when it was made, in their own record
        String personId = "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9";
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<String, Object> record = api.get("/people/" + personId + "/record",
                    org.corridor.skills.Tokens.worker(personId)).getBody();
            assertThat((List<Map<String, Object>>) ((Map<String, Object>) record.get("data")).get("skillsCertifications"))
                    .anySatisfy(c -> assertThat(c).containsEntry("requestId", requestId)
                            .containsEntry("outcome", "PARTIALLY_CERTIFIED").containsEntry("returnCaseId", "rc-8f9e0d1c"));
            assertThat((List<Map<String, Object>>) record.get("changes")).anySatisfy(c -> assertThat(c)
                    .containsEntry("what", "certification of skills gained abroad " + requestId + ": skills certified"));
        });
    }
}
