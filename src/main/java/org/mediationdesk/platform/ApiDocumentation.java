package org.mediationdesk.platform;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The title, description and authentication of the OpenAPI description of {@code /api/v1}, and the examples of the
 * path parameters that recur (a round's number, an object's id, a language), so that every operation shows how to
 * call it.
 */
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

	/** The example of a path parameter by its name and type, where the operation gives none of its own. */
	@Bean
	OpenApiCustomizer pathParameterExamples() {
		return api -> api.getPaths().values().forEach(path -> path.readOperations().forEach(this::exemplify));
	}

	private void exemplify(Operation operation) {
		if (operation.getParameters() == null) {
			return;
		}
		for (Parameter parameter : operation.getParameters()) {
			if (!"path".equals(parameter.getIn()) || parameter.getExample() != null || parameter.getSchema() == null) {
				continue;
			}
			if ("uuid".equals(parameter.getSchema().getFormat())) {
				parameter.setExample("0b6f1c3e-5a7d-4e2b-9c41-8d2f7a6e5b10");
			}
			else if ("number".equals(parameter.getName())) {
				parameter.setExample(64);
			}
			else if ("revision".equals(parameter.getName())) {
				parameter.setExample(2);
			}
			else if ("language".equals(parameter.getName())) {
				parameter.setExample("RU");
			}
		}
	}
}
