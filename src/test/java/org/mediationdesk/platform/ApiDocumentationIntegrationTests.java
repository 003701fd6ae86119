package org.mediationdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.mediationdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description at {@code /v3/api-docs} is what an integrator reads to use the API: every
 * endpoint under {@code /api/v1} that Spring MVC answers is in it, with its method and path.
 */
@IntegrationTest
class ApiDocumentationIntegrationTests {

	private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void documentsEveryEndpointOfTheApi() throws Exception {
		Set<String> answered = answered();
		assertThat(answered).as("the API's endpoints, as Spring MVC maps them").hasSizeGreaterThan(30);
		Set<String> missing = new TreeSet<>(answered);
		missing.removeAll(documented());
		assertThat(missing).as("endpoints of /api/v1 missing from /v3/api-docs").isEmpty();
	}

	@Test
	void documentsTheApiAndNothingElse() throws Exception {
		assertThat(documented()).isNotEmpty().allSatisfy(endpoint -> assertThat(endpoint).contains(" /api/"));
	}

	@Test
	void summarisesEveryOperation() throws Exception {
		JsonNode paths = apiDocs().path("paths");
		Set<String> unsummarised = new TreeSet<>();
		for (String path : paths.propertyNames()) {
			for (String method : paths.get(path).propertyNames()) {
				JsonNode operation = paths.get(path).get(method);
				if (HTTP_METHODS.contains(method) && operation.path("summary").asString("").isBlank()) {
					unsummarised.add(endpoint(method, path));
				}
			}
		}
		assertThat(unsummarised)
			.as("operations without a summary: give each handler an @Operation(summary = \"…\") that says what it "
					+ "does and for whom")
			.isEmpty();
	}

	/**
	 * An integrator starts from an example: of the JSON body an operation takes, where it takes one; otherwise of
	 * what it takes in its path or query, or of what it answers.
	 */
	@Test
	void givesEveryOperationAnExample() throws Exception {
		JsonNode paths = apiDocs().path("paths");
		Set<String> withoutExample = new TreeSet<>();
		for (String path : paths.propertyNames()) {
			for (String method : paths.get(path).propertyNames()) {
				JsonNode operation = paths.get(path).get(method);
				if (HTTP_METHODS.contains(method) && !hasExample(operation)) {
					withoutExample.add(endpoint(method, path));
				}
			}
		}
		assertThat(withoutExample)
			.as("operations without an example: give each an example of the JSON body it takes (@ExampleObject in "
					+ "@Operation's requestBody), or, without a body, of a parameter (@Parameter(example = …)) or "
					+ "of what it answers")
			.isEmpty();
	}

	private static boolean hasExample(JsonNode operation) {
		JsonNode json = operation.path("requestBody").path("content").path("application/json");
		if (!json.isMissingNode()) {
			return json.has("example") || json.has("examples");
		}
		return !operation.findValues("example").isEmpty() || !operation.findValues("examples").isEmpty();
	}

	/** Every method and path under {@code /api/v1} that a handler answers. */
	private Set<String> answered() {
		Set<String> endpoints = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach(info -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/v1/") || pattern.equals("/api/v1")) {
					// a mapping without a method answers them all; the description must then name at least GET
					(methods.isEmpty() ? Set.of(RequestMethod.GET) : methods)
						.forEach(method -> endpoints.add(endpoint(method.name(), pattern)));
				}
			}
		});
		return endpoints;
	}

	/** Every method and path of the OpenAPI description. */
	private Set<String> documented() throws Exception {
		JsonNode paths = apiDocs().path("paths");
		Set<String> endpoints = new TreeSet<>();
		for (String path : paths.propertyNames()) {
			for (String method : paths.get(path).propertyNames()) {
				if (HTTP_METHODS.contains(method)) {
					endpoints.add(endpoint(method, path));
				}
			}
		}
		return endpoints;
	}

	private JsonNode apiDocs() throws Exception {
		String json = mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JsonMapper.builder().build().readTree(json);
	}

	/** "GET /api/v1/texts/{}": path variables are compared by place, not by name. */
	private static String endpoint(String method, String path) {
		return method.toUpperCase(Locale.ROOT) + " " + path.replaceAll("\\{[^}]*}", "{}");
	}
}
