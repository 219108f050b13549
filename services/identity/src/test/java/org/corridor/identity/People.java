package org.corridor.identity;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.identity.account.IdentityProperties;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people of the tests, set up the way real ones are: the first scheme administrator with the one-time code
 * written at first start, then accounts through the administration API, each with its password set by its code.
 */
public final class People {

    public static final String ADMIN_PASSWORD = "steward of the first scheme";
    private static boolean adminReady;

    private People() {
    }

    /** The first scheme administrator's access token, signed in through the browser flow. */
    public static synchronized String adminToken(Browser browser, IdentityProperties properties) {
        if (!adminReady) {
            try {
                String code = Files.readString(properties.dataDir().resolve("first-admin-setup-code")).trim();
                HttpResponse<String> set = browser.postJson("/password-resets", null,
                        "{\"username\":\"admin\",\"code\":\"" + code + "\",\"newPassword\":\"" + ADMIN_PASSWORD + "\"}");
                assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            adminReady = true;
        }
        return browser.fresh().accessToken("admin", ADMIN_PASSWORD);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An account set up by {@code adminToken} whose password is set; returns its user name. */
    public static String person(Browser browser, String adminToken, String role, String organisation, String country,
                                String password) {
        String username = unique(role.toLowerCase().replace('_', '-'));
        HttpResponse<String> created = browser.postJson("/accounts", adminToken, """
                {"username":"%s","displayName":"Test person","roles":["%s"],"organisation":"%s"%s}"""
                .formatted(username, role, organisation, country == null ? "" : ",\"country\":\"" + country + "\""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode answer = Browser.json(created.body());
        HttpResponse<String> set = browser.postJson("/password-resets", null,
                "{\"username\":\"%s\",\"code\":\"%s\",\"newPassword\":\"%s\"}".formatted(username,
                        answer.get("setupCode").asText(), password));
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        return username;
    }

    public static Path dataDir(IdentityProperties properties) {
        return properties.dataDir();
    }
}
