package org.mediationdesk.texts;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Downloads;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.function.Function;

/**
 * The negotiating texts over JSON, as the caller may see them. Every answer with a text carries its
 * {@code ETag}: the version of exactly what the caller may see of it ({@link TextVersion}), which moves when that
 * moves (a reveal, another group's stance completing one) and never with what is hidden from the caller; a
 * write sent with {@code If-Match} is refused (412, with the changes) if what the caller may see changed since.
 */
@RestController
class TextsApiController {

	private final NegotiatingTexts texts;
	private final TextReading reading;

	TextsApiController(NegotiatingTexts texts, TextReading reading) {
		this.texts = texts;
		this.reading = reading;
	}

	@Operation(summary = "The negotiating texts the caller may see",
			responses = @ApiResponse(responseCode = "200", content = @Content(
			examples = @ExampleObject(name = "No text yet", value = "[]"))))
	@GetMapping("/api/v1/texts")
	List<TextView> list() {
		return reading.list(Viewers.current());
	}

	@Operation(summary = "Creates a negotiating text as the co-chairs' private draft (shared or circulated later)", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(examples = @ExampleObject(name = "A statement on the non-use of force",
					value = "{\"symbol\": \"GID/NUF/1\", \"title\": \"Joint statement on the non-use of force\","
							+ " \"chapeau\": \"The participants,\", \"audience\": {\"kind\": \"ALL_PARTICIPANTS\"},"
							+ " \"requiredGroups\": [\"GE\", \"RU\", \"AB\", \"SO\"]}"))))
	@PostMapping("/api/v1/texts")
	ResponseEntity<TextView> create(@RequestBody NegotiatingTexts.NewText text) {
		return answer(HttpStatus.CREATED, texts.create(Viewers.current(), text));
	}

	@Operation(summary = "A text as the caller may see it; its ETag is what If-Match sends back on a write")
	@GetMapping("/api/v1/texts/{id}")
	ResponseEntity<TextView> text(@PathVariable UUID id) {
		return answer(HttpStatus.OK, reading.text(Viewers.current(), id));
	}

	@Operation(summary = "A text's history, newest first, a page at a time")
	@GetMapping("/api/v1/texts/{id}/history")
	TextHistory history(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page) {
		return reading.history(Viewers.current(), id, page);
	}

	@Operation(summary = "Two revisions compared provision by provision and word by word (by default the first and the latest)")
	@GetMapping("/api/v1/texts/{id}/compare")
	Comparison compare(@PathVariable UUID id, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to) {
		Viewer viewer = Viewers.current();
		List<Integer> revisions = reading.revisions(viewer, id);
		if (revisions.isEmpty()) {
			throw new DeskException.NotFound();
		}
		return reading.compare(viewer, id, from == null ? revisions.get(0) : from,
				to == null ? revisions.get(revisions.size() - 1) : to);
	}

	@Operation(summary = "The text as a file (docx, pdf or akn), in English or Russian, as the caller may see it",
			description = "Each file taken out is on record (one audit entry); its ETag lets a client ask again with"
					+ " If-None-Match: a 304, like a HEAD, takes nothing out and is not recorded.")
	@GetMapping("/api/v1/texts/{id}/export")
	ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam(defaultValue = "docx") String format,
			@RequestParam(defaultValue = "en") String language, HttpServletRequest request) {
		return download(reading, id, format, language, request);
	}

	/**
	 * The export for the API and the page alike: the file, named, as an attachment; its reading on record only when
	 * the file goes out ({@link Downloads}).
	 */
	static ResponseEntity<byte[]> download(TextReading reading, UUID id, String format, String language,
			HttpServletRequest request) {
		Viewer viewer = Viewers.current().requireLoggedIn();
		LanguageCode chosen = LanguageCode.parse(language).orElseGet(() -> {
			reading.text(viewer, id);
			throw new DeskException.Invalid("texts.exportLanguage");
		});
		TextReading.Export export = reading.file(viewer, id, format, chosen);
		return Downloads.file(request, export.tag(), ContentDisposition.attachment().filename(export.fileName()).build(),
				MediaType.parseMediaType(export.mediaType()), export.content(),
				() -> reading.recordExport(viewer, id, export.fileName()));
	}

	@Operation(summary = "Changes the title and chapeau, in English and Russian",
			description = "Send If-Match with the ETag of the text you read: if what you may see of it changed since, nothing"
					+ " is saved and the answer (412) lists the changes.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
					name = "A heading in both languages", value = "{\"title\": \"Joint statement on the non-use of force\","
							+ " \"titleRu\": \"Совместное заявление о неприменении силы\", \"chapeau\": \"The participants,\","
							+ " \"chapeauRu\": \"Участники,\"}"))))
	@PutMapping("/api/v1/texts/{id}/heading")
	ResponseEntity<TextView> heading(@PathVariable UUID id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
			@RequestBody NegotiatingTexts.Heading heading) {
		Viewer viewer = Viewers.current();
		return answer(HttpStatus.OK, texts.unlessChangedSince(viewer, id, ifMatch, true,
				() -> texts.editHeading(viewer, id, heading)));
	}

	@Operation(summary = "Adds a provision at the end of the text")
	@PostMapping("/api/v1/texts/{id}/provisions")
	ResponseEntity<TextView> addProvision(@PathVariable UUID id,
			@RequestHeader(value = "If-Match", required = false) String ifMatch) {
		return write(HttpStatus.CREATED, id, ifMatch, viewer -> texts.addProvision(viewer, id));
	}

	/** A wording over JSON: the provision's id and the words; not in confidence unless it says so. */
	record WordingRequest(String provision, String textEn, String textRu, String sponsor, Boolean confidential) {
	}

	@Operation(summary = "Proposes a wording for a provision",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
					name = "A wording with words in brackets", value = "{\"provision\": \"para_2\", \"textEn\":"
							+ " \"Refrain from [any] use of force.\", \"confidential\": false}"))))
	@PostMapping("/api/v1/texts/{id}/wordings")
	ResponseEntity<TextView> propose(@PathVariable UUID id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
			@RequestBody WordingRequest request) {
		return write(HttpStatus.CREATED, id, ifMatch, viewer -> {
			if (request.provision() == null || request.provision().isBlank()) {
				reading.text(viewer, id);
				throw new DeskException.Invalid("texts.provisionRequired");
			}
			return texts.propose(viewer, id, request.provision(), new NegotiatingTexts.NewWording(request.textEn(),
					request.textRu(), request.sponsor(), Boolean.TRUE.equals(request.confidential())));
		});
	}

	/** A wording's Russian version over JSON. */
	record TranslationRequest(String textRu) {
	}

	@Operation(summary = "Gives a wording its Russian version (its sponsor only)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			examples = @ExampleObject(name = "The Russian version", value = "{\"textRu\": \"Участники обязуются не применять силу.\"}"))))
	@PutMapping("/api/v1/texts/{id}/wordings/{wording}/russian")
	ResponseEntity<TextView> translate(@PathVariable UUID id, @PathVariable UUID wording,
			@RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody TranslationRequest request) {
		return write(HttpStatus.OK, id, ifMatch, viewer -> {
			texts.translate(viewer, id, wording, request.textRu());
			return null;
		});
	}

	@Operation(summary = "The caller's group joins a tabled wording as one of its sponsors")
	@PostMapping("/api/v1/texts/{id}/wordings/{wording}/cosponsors")
	ResponseEntity<TextView> cosponsor(@PathVariable UUID id, @PathVariable UUID wording,
			@RequestHeader(value = "If-Match", required = false) String ifMatch) {
		return write(HttpStatus.OK, id, ifMatch, viewer -> {
			texts.cosponsor(viewer, id, wording);
			return null;
		});
	}

	@Operation(summary = "Its sponsor withdraws a wording on which nobody has stated; it stays on record as withdrawn")
	@PostMapping("/api/v1/texts/{id}/wordings/{wording}/withdrawal")
	ResponseEntity<TextView> withdraw(@PathVariable UUID id, @PathVariable UUID wording,
			@RequestHeader(value = "If-Match", required = false) String ifMatch) {
		return write(HttpStatus.OK, id, ifMatch, viewer -> {
			texts.withdraw(viewer, id, wording);
			return null;
		});
	}

	/**
	 * A co-chairs' action over JSON: share, circulate, freeze, unfreeze, reveal, agree, abandon, or table a wording.
	 * Sharing or circulating a private draft may name its audience ({@code ALL_PARTICIPANTS}, or
	 * {@code GROUP_AND_CO_CHAIRS:<group id>}) and the groups whose stances it needs; otherwise those chosen at its
	 * creation.
	 */
	record ActionRequest(String action, UUID wording, String audience, List<String> requiredGroups) {
	}

	@Operation(summary = "One of the co-chairs' actions on the text",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
					@ExampleObject(name = "Circulate a new revision", value = "{\"action\": \"circulate\"}"),
					@ExampleObject(name = "Share a private draft for information",
							value = "{\"action\": \"share\", \"audience\": \"ALL_PARTICIPANTS\","
									+ " \"requiredGroups\": [\"GE\", \"RU\"]}"),
					@ExampleObject(name = "Table a wording shared in confidence",
							value = "{\"action\": \"table\", \"wording\": \"6f1c2f7e-3b1a-4a53-9c55-2d6f0a4f8b11\"}") })))
	@PostMapping("/api/v1/texts/{id}/status")
	ResponseEntity<TextView> status(@PathVariable UUID id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
			@RequestBody ActionRequest request) {
		return write(HttpStatus.OK, id, ifMatch, viewer -> {
			Audience audience = request.audience() == null || request.audience().isBlank() ? null
					: Audience.parse(request.audience());
			texts.act(viewer, id, CoChairsAction.parse(request.action()).orElse(null), request.wording(),
					new NegotiatingTexts.Sharing(audience, request.requiredGroups()));
			return null;
		});
	}

	/** A stance over JSON: {@code {"wording": "…", "stance": "ACCEPT", "comment": "…"}}. */
	record StanceRequest(UUID wording, StanceKind stance, String comment) {
	}

	@Operation(summary = "States the caller's group's stance on a wording",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
					name = "Accept, with a comment", value = "{\"wording\": \"6f1c2f7e-3b1a-4a53-9c55-2d6f0a4f8b11\","
							+ " \"stance\": \"ACCEPT\", \"comment\": \"subject to the Russian version\"}"))))
	@PostMapping("/api/v1/texts/{id}/stances")
	ResponseEntity<TextView> state(@PathVariable UUID id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
			@RequestBody StanceRequest request) {
		Viewers.current().requireParticipant();
		return write(HttpStatus.OK, id, ifMatch, viewer -> {
			if (request.wording() == null) {
				reading.text(viewer, id);
				throw new DeskException.Invalid("texts.stanceRequired");
			}
			texts.state(viewer, id, request.wording(), request.stance(), request.comment());
			return null;
		});
	}

	/**
	 * Runs a write on the text as the caller last read it ({@code If-Match}), then answers with the text now. An
	 * {@code If-Match} holds only while the caller would read the very same text: any change to what they may see
	 * since, stances included, refuses the write (412).
	 */
	private ResponseEntity<TextView> write(HttpStatus status, UUID id, String ifMatch,
			Function<Viewer, ?> write) {
		Viewer viewer = Viewers.current();
		texts.unlessChangedSince(viewer, id, ifMatch, true, () -> write.apply(viewer));
		return answer(status, reading.text(viewer, id));
	}

	/** The text with its ETag: the version of exactly what the caller may see ({@link TextVersion}). */
	private static ResponseEntity<TextView> answer(HttpStatus status, TextView text) {
		return ResponseEntity.status(status).eTag(TextVersion.of(text).tag()).body(text);
	}
}
