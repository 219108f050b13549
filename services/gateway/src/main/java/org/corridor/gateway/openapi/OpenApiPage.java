package org.corridor.gateway.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.corridor.gateway.routing.DownstreamServices;
import org.springdoc.core.properties.AbstractSwaggerUiConfigProperties.SwaggerUrl;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One Swagger UI for the platform: the gateway's own document first, then each service's, fetched through its
 * route ({@code /api/<name>/v3/api-docs}). The list comes from the routes, so a new service appears on its own.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiPage {

    static final String GATEWAY = "gateway";

    OpenApiPage(SwaggerUiConfigProperties swaggerUi, DownstreamServices downstream) {
        Set<SwaggerUrl> documents = new LinkedHashSet<>();
        documents.add(new SwaggerUrl(GATEWAY, "/v3/api-docs", GATEWAY));
        downstream.services().keySet().forEach(service ->
                documents.add(new SwaggerUrl(service, "/api/" + service + "/v3/api-docs", service)));
        swaggerUi.setUrls(documents);
        swaggerUi.setUrlsPrimaryName(GATEWAY);
    }

    @Bean
    OpenAPI gatewayOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Corridor gateway")
                        .version("0.1.0")
                        .description("The single entry point of the Corridor platform. Each service's API is "
                                + "listed on this page and reached under /api/<service>/ with a bearer token."))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")));
    }
}
