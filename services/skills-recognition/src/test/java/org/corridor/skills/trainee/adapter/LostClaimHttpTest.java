package org.corridor.skills.trainee.adapter;

import org.bson.Document;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.kernel.testing.TestTokens;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.skills.Api;
import org.corridor.skills.Tokens;
import org.corridor.skills.trainee.TraineeEnrolmentHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A claim left behind by an enrolment that stopped before it was stored (a process killed in between) does not
 * keep the person out for good: asked of the event store, it is taken over once it is older than a unit of work
 * could take. Over HTTP, with the service's own event store and the wire server.
 */
@CorridorServiceTest
class LostClaimHttpTest {

    static final String BORN = "1998-04-17";

    @Autowired
    TestRestTemplate http;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    BlindIndexTraineeIdentity identities;

    @Test
    void a_person_whose_claim_was_left_behind_by_a_stopped_enrolment_is_enrolled_and_then_held_to_one_enrolment() {
        Api api = new Api(http);
        String schemeId = (String) api.post("/schemes", TraineeEnrolmentHttpTest.SCHEME.formatted(10),
                TestTokens.schemeAdmin()).getBody().get("schemeId");
        String name = "Rosa Lim " + UUID.randomUUID();
        String index = identities.index(name, LocalDate.parse(BORN), CountryCode.of("PH"));
        String lost = PersonId.generate().value();
        Instant before = Instant.now().minus(BlindIndexTraineeIdentity.CLAIM_SETTLES_WITHIN).minusSeconds(5);
        mongo.insert(List.of(new Document("_id", index).append("personId", lost).append("claimedAt", Date.from(before)),
                new Document("_id", "person:" + lost).append("index", index)), BlindIndexTraineeIdentity.COLLECTION);

        ResponseEntity<Map> enrolled = api.post("/trainees",
                TraineeEnrolmentHttpTest.person(schemeId, name, BORN, "AWAY"), Tokens.manilaAgency());

        assertThat(enrolled.getStatusCode()).as("%s", enrolled.getBody()).isEqualTo(HttpStatus.CREATED);
        String personId = (String) enrolled.getBody().get("personId");
        assertThat(identities.holds(PersonId.of(lost))).isFalse();
        assertThat(identities.holds(PersonId.of(personId))).isTrue();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(index)), new Update().set("claimedAt",
                Date.from(before)), BlindIndexTraineeIdentity.COLLECTION);

        ResponseEntity<Map> again = api.post("/trainees",
                TraineeEnrolmentHttpTest.person(schemeId, name, BORN, "HOME"), Tokens.manilaAgency());

        assertThat(again.getStatusCode()).as("an old claim whose enrolment was stored is kept")
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(again.getBody().toString()).contains(personId);
    }
}
