package org.mediationdesk.terminology;

import java.util.LinkedHashMap;
import java.util.Map;

import org.mediationdesk.identity.Viewers;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Content;
import java.util.Locale;

/** The terminology check and the glossary over JSON, for the co-chairs and secretariat. */
@RestController
@RequestMapping("/api/v1/terminology")
class TerminologyApiController {

	private final TerminologyCheck check;
	private final Glossary glossary;

	TerminologyApiController(TerminologyCheck check, Glossary glossary) {
		this.check = check;
		this.glossary = glossary;
	}

	/**
	 * A text to check: {@code language} {@code en}, {@code ru}, {@code ka} or {@code auto} (the default);
	 * {@code kind} {@code mediator} (the default), {@code participant} or {@code press}.
	 */
	record CheckRequest(String text, String language, String kind) {
	}

	@Operation(summary = "Checks a text against the glossary: each contested or loaded term, where it stands and its neutral form",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			examples = @ExampleObject(name = "A sentence of the co-chairs", value = "{\"text\": \"The delegations met in Geneva.\", \"language\": \"en\", \"kind\": \"mediator\"}"))))
	@PostMapping("/check")
	Map<String, Object> check(@RequestBody CheckRequest request) {
		Viewers.current().requireMediator();
		LanguageCode language = null;
		if (request.language() != null && !request.language().equalsIgnoreCase("auto")) {
			language = LanguageCode.parse(request.language())
				.orElseThrow(() -> new DeskException.Invalid("terminology.languageUnknown", request.language()));
		}
		TextKind kind = request.kind() == null ? TextKind.MEDIATOR : TextKind.parse(request.kind())
			.orElseThrow(() -> new DeskException.Invalid("terminology.kindUnknown", request.kind()));
		CheckResult result = check.check(request.text(), language, kind);
		Map<String, Object> body = new LinkedHashMap<>(result.asJson());
		body.put("neutralRendering", check.neutralRendering(result));
		return body;
	}

	/**
	 * A text with placeholders such as {@code {{place:sukhumi}}} to render for an audience: {@code language}
	 * {@code en}, {@code ru} or {@code ka}; {@code audience} a perspective ({@code GE}, {@code RU} …) or none.
	 */
	record RenderRequest(String text, String language, String audience) {
	}

	record Rendered(String text) {
	}

	@Operation(summary = "Renders a text for an audience, each glossary term in the form that audience reads",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			examples = @ExampleObject(name = "A place as participants from Tbilisi name it", value = "{\"text\": \"The meeting in {{place:sukhumi}}\", \"language\": \"en\", \"audience\": \"GE\"}"))))
	@PostMapping("/render")
	Rendered render(@RequestBody RenderRequest request) {
		Viewers.current().requireMediator();
		LanguageCode language = LanguageCode.parse(request.language())
			.orElseThrow(() -> new DeskException.Invalid("terminology.languageUnknown", String.valueOf(request.language())));
		Perspective audience = null;
		if (request.audience() != null && !request.audience().isBlank()) {
			try {
				audience = Perspective.valueOf(request.audience().strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				throw new DeskException.Invalid("terminology.audienceUnknown", request.audience());
			}
		}
		if (request.text() == null) {
			throw new DeskException.Invalid("terminology.empty");
		}
		return new Rendered(check.render(request.text(), language, audience));
	}

	@Operation(summary = "The whole glossary, as the file it is loaded from",
			responses = @ApiResponse(responseCode = "200", content = @Content(
			examples = @ExampleObject(name = "The file's beginning", value = "{\"formatVersion\": 1, \"concepts\": [{\"id\": \"abkhazia\", \"category\": \"territory\","
					+ " \"name\": {\"en\": \"Abkhazia (the territory)\"}, \"forms\": [{\"language\": \"EN\", \"text\": \"Abkhazia\","
					+ " \"neutral\": true, \"perspectives\": [\"INTL\", \"GE\"], \"severity\": \"OK\"}]}]}"))))
	@GetMapping("/glossary")
	ResponseEntity<byte[]> glossary() {
		Viewers.current().requireMediator();
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(glossary.export());
	}

}
