package org.corridor.skills.occupation;

import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.kernel.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@CorridorServiceTest
class OccupationSearchHttpTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void occupations_are_searched_by_title_words_a_page_at_a_time() {
        ResponseEntity<Map> first = get("/occupations?q=care&page=0&size=2", TestTokens.bearer("e-1", "EMPLOYER", "employer-1", "DE"));
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, String>> items = (List<Map<String, String>>) first.getBody().get("items");
        assertThat(items).hasSize(2);
        assertThat(((Number) first.getBody().get("total")).intValue()).isGreaterThan(2);
        assertThat(items.get(0)).containsKeys("code", "title");
        assertThat(items).allSatisfy(i -> assertThat(i.get("title").toLowerCase()).contains("care"));
    }

    @Test
    void occupations_are_searched_by_code_prefix() {
        ResponseEntity<Map> found = get("/occupations?q=532", TestTokens.schemeAdmin());
        assertThat((List<Map<String, String>>) found.getBody().get("items")).extracting(i -> i.get("code"))
                .containsExactly("5321", "5322", "5329");
    }

    @Test
    void occupations_are_listed_to_signed_in_callers_only() {
        assertThat(get("/occupations", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<Map> get(String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.set(HttpHeaders.AUTHORIZATION, token);
        }
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), Map.class);
    }
}
