package org.corridor.skills.trainee.query;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

import java.util.Set;

/**
 * How trainee searches are answered, set by {@value #MODE} ({@code CORRIDOR_SKILLS_TRAINEE_SEARCH}):
 * {@code mongo} (the default) queries {@code trainees}, on indexes a MongoDB server uses; {@code in-memory} keeps
 * what searches filter and sort on in {@link TraineeSearchIndex}, for one instance on a store that scans every
 * query but reads by id, as the embedded default's wire server does (ADR 0025).
 */
@Configuration(proxyBeanMethods = false)
class TraineeSearchConfiguration {

    static final String MODE = "corridor.skills.trainee-search";
    private static final Set<String> MODES = Set.of("mongo", "in-memory");
    private static final Logger log = LoggerFactory.getLogger(TraineeSearchConfiguration.class);

    TraineeSearchConfiguration(@Value("${" + MODE + ":mongo}") String mode, MongoTemplate mongo) {
        if (!MODES.contains(mode)) {
            throw new IllegalStateException(MODE + " is '" + mode + "': set it to mongo (queries on the read model, "
                    + "the default) or in-memory (one instance on the embedded default)");
        }
        if (mode.equals("mongo")) {
            // an agency's and a provider's searches, in enrolment order; the other filters narrow what these find
            for (String scope : new String[] {"enrollingOrganisation", "trainingProvider"}) {
                mongo.indexOps(TraineeView.COLLECTION).ensureIndex(new Index().on(scope, Sort.Direction.ASC)
                        .on("enrolledAt", Sort.Direction.ASC).named(scope + "-enrolledAt"));
            }
        }
    }

    @Bean
    @ConditionalOnProperty(name = MODE, havingValue = "in-memory")
    TraineeSearchIndex traineeSearchIndex(MongoTemplate mongo) {
        long started = System.nanoTime();
        TraineeSearchIndex index = TraineeSearchIndex.loadedFrom(mongo);
        log.info("Trainee search held in memory: {} trainees read from the read model in {} ms", index.size(),
                (System.nanoTime() - started) / 1_000_000);
        return index;
    }
}
