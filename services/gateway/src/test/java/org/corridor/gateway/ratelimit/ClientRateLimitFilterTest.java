package org.corridor.gateway.ratelimit;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

class ClientRateLimitFilterTest {

    @Test
    void aClientWithAValidTokenIsItsSubject() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "HS256").subject("worker-1").build();

        assertThat(ClientRateLimitFilter.subjectOf(new JwtAuthenticationToken(jwt))).isEqualTo("worker-1");
    }

    @Test
    void aClientWithoutATokenHasNoSubjectAndIsCountedByAddress() {
        assertThat(ClientRateLimitFilter.subjectOf(null)).isNull();
        assertThat(ClientRateLimitFilter.subjectOf(new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")))).isNull();
    }
}
