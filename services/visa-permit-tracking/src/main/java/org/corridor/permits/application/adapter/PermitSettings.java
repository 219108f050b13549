package org.corridor.permits.application.adapter;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * How the service assigns what a placement does not say (docs/adr/0040-consular-posts-and-service-levels.md).
 *
 * @param posts                    the consular post per corridor, keyed {@code <origin>-<destination>} (e.g.
 *                                 {@code PH-DE: de-embassy-manila}); a corridor without an entry goes to
 *                                 {@code <destination>-post-<origin>} in lower case (e.g. {@code de-post-ph})
 * @param decisionServiceLevel     how long after lodging a decision is due, unless the scheme has its own
 *                                 (default 60 days)
 * @param serviceLevels            a scheme's own service level, keyed by scheme id
 * @param permitType               the permit type applied for (default {@code SKILLED_WORK})
 */
@ConfigurationProperties("corridor.permits")
public record PermitSettings(Map<String, String> posts, Duration decisionServiceLevel,
                            Map<String, Duration> serviceLevels, String permitType) {

    public PermitSettings {
        posts = posts == null ? Map.of() : Map.copyOf(posts);
        decisionServiceLevel = decisionServiceLevel == null ? Duration.ofDays(60) : decisionServiceLevel;
        serviceLevels = serviceLevels == null ? Map.of() : Map.copyOf(serviceLevels);
        permitType = permitType == null || permitType.isBlank() ? "SKILLED_WORK" : permitType;
    }

    public String postFor(String originCountry, String destinationCountry) {
        String configured = posts.get(originCountry + "-" + destinationCountry);
        return configured != null ? configured
                : (destinationCountry + "-post-" + originCountry).toLowerCase(Locale.ROOT);
    }

    public Duration serviceLevelOf(String schemeId) {
        return serviceLevels.getOrDefault(schemeId, decisionServiceLevel);
    }
}
