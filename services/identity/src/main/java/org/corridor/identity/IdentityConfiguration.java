package org.corridor.identity;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration
class IdentityConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    OpenAPI identityApi() {
        return new OpenAPI()
                .info(new Info().title("Corridor identity").version("v1").description("""
                        Accounts and their administration. Scheme administrators set up the accounts of the \
                        agencies, training providers and recognition officers they administer, lock, unlock and \
                        reset them, and approve employers of their country. Employers register themselves, workers \
                        activate their account with their enrolment code, and people set their password with a \
                        one-time code; these need no token. A worker asks to be forgotten by the \
                        whole platform (POST /erasures; an origin agency for a person of its country) and reads the \
                        receipt with its one-time receipt code; a worker downloads what identity holds about them \
                        (GET /people/{personId}/record). Sign-in itself is OpenID Connect: discovery at \
                        /.well-known/openid-configuration, authorization code with PKCE for browsers, client \
                        credentials for machines. Refusals are RFC 9457 problems naming the field and what to do \
                        next; 429 answers carry Retry-After."""))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"))
                        .addSecuritySchemes("receipt-code", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("Receipt-Code").description("The one-time "
                                        + "receipt code shown when an erasure was asked for (GET /erasures/{id})")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
