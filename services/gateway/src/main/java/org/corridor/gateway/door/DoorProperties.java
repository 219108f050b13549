package org.corridor.gateway.door;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.util.List;

/**
 * What the gateway lets through its door besides tokens and rate limits.
 *
 * @param portalOrigins the browser origins of Corridor's portal that may call the API from a page
 *                      ({@code CORRIDOR_PORTAL_ORIGINS}, comma-separated, e.g. {@code https://portal.example.org});
 *                      none by default, so no other site's page can call it with a visitor's token
 * @param maxBody       the largest request body of an API call ({@code CORRIDOR_GATEWAY_MAX_BODY}, 1MB)
 * @param maxUpload     the largest body of a file upload ({@code CORRIDOR_GATEWAY_MAX_UPLOAD}, 64MB)
 * @param uploadPaths   the paths that take file uploads (Ant patterns): bulk enrolment from CSV
 */
@ConfigurationProperties("corridor.gateway.door")
public record DoorProperties(@DefaultValue List<String> portalOrigins,
                             @DefaultValue("1MB") DataSize maxBody,
                             @DefaultValue("64MB") DataSize maxUpload,
                             @DefaultValue({"/api/skills-recognition/trainees/bulk/**",
                                     "/api/skills-recognition/schemes/*/enrolment-imports"}) List<String> uploadPaths) {

    public DoorProperties {
        portalOrigins = portalOrigins.stream().map(String::trim).filter(origin -> !origin.isEmpty()).toList();
        for (String origin : portalOrigins) {
            if (origin.equals("*") || !origin.matches("https?://[^/\\s]+")) {
                throw new IllegalArgumentException("corridor.gateway.door.portal-origins takes origins such as "
                        + "https://portal.example.org (scheme and host, no path, no wildcard), got '" + origin + "'");
            }
        }
        if (maxBody.toBytes() < 1 || maxUpload.toBytes() < maxBody.toBytes()) {
            throw new IllegalArgumentException("corridor.gateway.door.max-body must be positive and max-upload at "
                    + "least as large");
        }
    }
}
