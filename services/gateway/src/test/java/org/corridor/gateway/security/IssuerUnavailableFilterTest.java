package org.corridor.gateway.security;

import com.jayway.jsonpath.JsonPath;
import org.corridor.gateway.problem.ProblemResponses;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;

import static org.assertj.core.api.Assertions.assertThat;

class IssuerUnavailableFilterTest {

    @Test
    void anUnreachableIssuerIsAnswered503NotMistakenForABadToken() throws Exception {
        IssuerUnavailableFilter filter = new IssuerUnavailableFilter(
                new ProblemResponses(Jackson2ObjectMapperBuilder.json().build()));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/skills-recognition/trainees");
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setHeader("X-Correlation-Id", "kept");

        filter.doFilter(request, response, (req, res) -> {
            throw new JwtDecoderInitializationException("Unable to resolve the Configuration", null);
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(JsonPath.<String>read(response.getContentAsString(), "$.type"))
                .isEqualTo("urn:corridor:problem:issuer-unavailable");
        assertThat(response.getHeader("X-Correlation-Id")).isEqualTo("kept");
    }
}
