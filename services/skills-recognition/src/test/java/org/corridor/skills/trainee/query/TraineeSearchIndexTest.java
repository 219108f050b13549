package org.corridor.skills.trainee.query;

import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.SchemeId;
import org.corridor.skills.trainee.api.ConsentPurpose;
import org.corridor.skills.trainee.api.ConsentWithdrawn;
import org.corridor.skills.trainee.api.TraineePlaced;
import org.corridor.skills.trainee.query.TraineeQueries.TraineeSearch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory trainee search answers every search as the query on the read model does: the same trainees, in the
 * same order, on the same pages, with the same counts; after the projection changed trainees too. Both run against
 * the MongoDB wire server, on one read model.
 */
class TraineeSearchIndexTest {

    static final String[] AGENCIES = {"agency-ph", "agency-np", null};
    static final String[] PROVIDERS = {"provider-a", "provider-b", null};
    static final String[] SCHEMES = {UUID.randomUUID().toString(), UUID.randomUUID().toString()};
    static final String[] STATUSES = {"ENROLLED", "WITHDRAWN", "PLACED"};
    static final String[] TRACKS = {"AWAY", "HOME"};
    static final String[] OCCUPATIONS = {"5321", "7126", null};
    static final String[] NAMES = {"Maria Santos", "maria santos", "MARIA DELA CRUZ", "José Rizal", "محمد عبد الله",
            "李小龍", "Ram Bahadur", "Sita Devi Sharma", "𝐀nna Supplementary", "Zoë Ångström", null};
    static final String[] NAME_SEARCHES = {null, "maria", "SANTOS", "  cruz ", "محمد", "小", "a", "nobody", "𝐀"};
    static final String[] SORTS = {"enrolledAt", "-enrolledAt", "name"};

    MongoTemplate mongo;
    TraineeProjection byQuery;
    TraineeProjection inMemory;
    TraineeSearchIndex index;
    List<TraineeView> enrolled;

    @BeforeEach
    void readModelOfManyTrainees() {
        mongo = new MongoTemplate(EmbeddedInfrastructure.mongoClient(), "trainee-search-" + UUID.randomUUID());
        Random random = new Random(20261203);
        Instant start = Instant.parse("2026-11-01T08:00:00Z");
        enrolled = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            // many trainees share a millisecond, as rows of one import do, so the tie-break is exercised
            Instant at = start.plusMillis(random.nextInt(60)).plusNanos(random.nextInt(1_000_000));
            TraineeView view = new TraineeView(UUID.randomUUID().toString(), pick(random, SCHEMES),
                    pick(random, AGENCIES), pick(random, PROVIDERS), "PH", pick(random, TRACKS), 2027,
                    pick(random, OCCUPATIONS), pick(random, STATUSES), pick(random, NAMES), "1990-01-01", null,
                    null, "NOT_DECLARED", List.of(), List.of("PLACEMENT", "TRAINING"), at, "clerk-1");
            mongo.save(view);
            enrolled.add(view);
        }
        byQuery = new TraineeProjection(mongo, Optional.empty());
        index = TraineeSearchIndex.loadedFrom(mongo);
        inMemory = new TraineeProjection(mongo, Optional.of(index));
    }

    @Test
    void loaded_at_start_the_index_answers_every_search_as_the_read_model_query_does() {
        assertThat(index.size()).isEqualTo(enrolled.size());
        assertSameAnswers();
    }

    @Test
    void after_the_projection_changed_trainees_the_index_still_answers_as_the_read_model_query_does() {
        for (TraineeView view : enrolled.subList(0, 60)) {
            if (view.status().equals("ENROLLED")) {
                inMemory.on(new ConsentWithdrawn(PersonId.of(view.personId()), new SchemeId(view.schemeId()),
                        Set.of(ConsentPurpose.TRAINING), Set.of()));
            } else {
                inMemory.on(new TraineePlaced(PersonId.of(view.personId()), new SchemeId(view.schemeId()),
                        "placement-" + view.personId(), "employer-1"));
            }
        }
        assertThat(inMemory.count(search(null, null, null, "WITHDRAWN", null, null, null, "enrolledAt")))
                .as("withdrawals reached the index")
                .isGreaterThan(enrolled.stream().filter(v -> v.status().equals("WITHDRAWN")).count());
        assertSameAnswers();
    }

    @Test
    void a_reset_empties_the_index_with_the_read_model() {
        inMemory.reset();

        TraineeSearch everyone = search(null, null, null, null, null, null, null, "enrolledAt");
        assertThat(inMemory.count(everyone)).isZero();
        assertThat(inMemory.search(everyone, 0, 20)).isEmpty();
        assertThat(byQuery.count(everyone)).isZero();
    }

    private void assertSameAnswers() {
        int searches = 0;
        for (String agency : AGENCIES) {
            for (String provider : new String[] {null, PROVIDERS[0]}) {
                for (String scheme : new String[] {null, SCHEMES[0]}) {
                    for (String status : new String[] {null, "ENROLLED", "WITHDRAWN"}) {
                        for (String track : new String[] {null, "AWAY"}) {
                            for (String name : NAME_SEARCHES) {
                                String isco = searches % 3 == 0 ? OCCUPATIONS[0] : null;
                                String sort = SORTS[searches % SORTS.length];
                                TraineeSearch search = search(agency, provider, scheme, status, track, isco, name, sort);
                                assertSameAnswers(search);
                                searches++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(searches).isGreaterThan(600);
    }

    private void assertSameAnswers(TraineeSearch search) {
        long total = byQuery.count(search);
        assertThat(inMemory.count(search)).as("count of %s", search).isEqualTo(total);
        for (int size : new int[] {7, 50}) {
            for (int page = 0; page <= total / size; page++) {
                assertThat(ids(inMemory.search(search, page, size))).as("page %d of %d of %s", page, size, search)
                        .containsExactlyElementsOf(ids(byQuery.search(search, page, size)));
            }
        }
    }

    private static TraineeSearch search(String agency, String provider, String scheme, String status, String track,
                                        String isco, String name, String sort) {
        return new TraineeSearch(agency, provider, scheme, status, track, isco, name, sort);
    }

    private static List<String> ids(List<TraineeView> views) {
        return views.stream().map(TraineeView::personId).toList();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
