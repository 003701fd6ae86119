package org.mediationdesk.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The title, description and authentication of the OpenAPI description of {@code /api/v1}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI mediationDeskApi() {
		return new OpenAPI()
			.info(new Info().title("Mediation Desk API")
				.version("v1")
				.description("Every call answers only what the token's holder may see; anything else is 404. "
						+ "Create a token on your profile page, or with POST /api/v1/tokens and HTTP Basic "
						+ "credentials (the only call that accepts them). Errors are RFC 9457 problem details."))
			.components(new Components()
				.addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
				.addSecuritySchemes("password", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}
}
