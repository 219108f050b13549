package org.corridor.kernel.privacy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code corridor.personal-data}.
 *
 * @param keyCacheSize how many subjects' keys (or tombstones) one instance keeps in memory
 * @param keyCacheTtl  how long a cached key may be used; bounds how late another instance notices an erasure
 * @param keyDatabase  MongoDB database of the key store; empty means the service's own database. A database of its
 *                     own can have its own credentials and a short backup retention
 */
@ConfigurationProperties("corridor.personal-data")
public record PersonalDataProperties(
        @DefaultValue("10000") long keyCacheSize,
        @DefaultValue("5m") Duration keyCacheTtl,
        String keyDatabase) {
}
