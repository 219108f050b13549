package org.corridor.kernel.access;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The access log, in the service's own MongoDB database. */
@AutoConfiguration(after = MongoDataAutoConfiguration.class)
public class AccessAutoConfiguration {

    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    @ConditionalOnMissingBean
    public AccessLog accessLog(MongoTemplate mongo) {
        return new AccessLog(mongo.getDb(), Clock.systemUTC());
    }
}
