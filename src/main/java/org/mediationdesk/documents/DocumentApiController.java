package org.mediationdesk.documents;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceKind;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.Parameter;

/** The document registry over JSON, under the same access policy as the pages. */
@RestController
@RequestMapping("/api/v1/documents")
class DocumentApiController {

	private final DocumentRegistry registry;

	DocumentApiController(DocumentRegistry registry) {
		this.registry = registry;
	}

	/** The audience of a document in JSON: a kind and, for the group kinds, a group. */
	record AudienceRequest(AudienceKind kind, UUID group) {
	}

	/** A document to file or revise; {@code version} is required when revising. */
	record DocumentRequest(String symbol, String title, DocumentKind kind, AuthorKind authorKind, UUID authorGroup,
			AudienceRequest audience, LocalDate circulationDate, Map<LanguageCode, String> texts, Long version) {

		DocumentDraft toDraft() {
			if (audience == null || audience.kind() == null) {
				throw new DeskException.Invalid("audience.required");
			}
			return new DocumentDraft(symbol, title, kind, authorKind, authorGroup,
					new Audience(audience.kind(), audience.group()), circulationDate, texts);
		}
	}

	@Operation(summary = "The documents the caller may see, filtered by text, kind, author and language, a page at a time",
			responses = @ApiResponse(responseCode = "200", content = @Content(
			examples = @ExampleObject(name = "No document matches yet", value = "{\"items\": [], \"page\": 0, \"pageSize\": 20, \"total\": 0}"))))
	@GetMapping
	DocumentPage list(@RequestParam(required = false) String text, @RequestParam(required = false) DocumentKind kind,
			@RequestParam(required = false) AuthorKind authorKind, @RequestParam(required = false) UUID authorGroup,
			@RequestParam(required = false) LanguageCode language, @RequestParam(defaultValue = "0") int page) {
		return registry.search(Viewers.current(), new DocumentQuery(text, kind, authorKind, authorGroup, language, page));
	}

	@Operation(summary = "A document with its language versions, if the caller may see it")
	@GetMapping("/{id}")
	DocumentDetail get(@PathVariable UUID id) {
		return registry.get(Viewers.current(), id);
	}

	@Operation(summary = "Files a new document in the registry, with its symbol, kind, author and audience",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			examples = @ExampleObject(name = "A non-paper of the co-chairs for all participants", value = "{\"symbol\": \"GID/WG2/NP/3\", \"title\": \"Non-paper on freedom of movement across the line\"," + " \"kind\": \"NON_PAPER\", \"authorKind\": \"CO_CHAIRS\", \"audience\": {\"kind\": \"ALL_PARTICIPANTS\"}," + " \"circulationDate\": \"2025-06-25\", \"texts\": {\"EN\": \"The co-chairs suggest that crossing points\"}}"))))
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	DocumentDetail file(@RequestBody DocumentRequest request) {
		return registry.file(Viewers.current(), request.toDraft());
	}

	@Operation(summary = "Revises a document; the version read last must be sent, so that a concurrent revision is refused",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			examples = @ExampleObject(name = "A revision of version 2", value = "{\"symbol\": \"GID/WG2/NP/3\", \"title\": \"Non-paper on freedom of movement across the line\"," + " \"kind\": \"NON_PAPER\", \"authorKind\": \"CO_CHAIRS\", \"audience\": {\"kind\": \"ALL_PARTICIPANTS\"}," + " \"circulationDate\": \"2025-06-25\", \"texts\": {\"EN\": \"The co-chairs suggest that crossing points\"}, \"version\": 2}"))))
	@PutMapping("/{id}")
	DocumentDetail revise(@PathVariable UUID id, @RequestBody DocumentRequest request) {
		if (request.version() == null) {
			throw new DeskException.Invalid("document.versionRequired");
		}
		return registry.revise(Viewers.current(), id, request.version(), request.toDraft());
	}

	@Operation(summary = "Attaches the file of one language version (PDF, DOCX or plain text)")
	@PostMapping(value = "/{id}/files/{language}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	DocumentDetail attach(@PathVariable UUID id, @Parameter(example = "KA") @PathVariable LanguageCode language,
			@RequestParam("file") MultipartFile file) throws IOException {
		return registry.attach(Viewers.current(), id, language, file.getOriginalFilename(), file.getBytes());
	}

	@Operation(summary = "Removes the file of one language version")
	@DeleteMapping("/{id}/files/{language}")
	DocumentDetail detach(@PathVariable UUID id, @PathVariable LanguageCode language) {
		return registry.detach(Viewers.current(), id, language);
	}

	@Operation(summary = "Downloads the file of one language version",
			description = "Each download is on record (one audit entry); its ETag lets a client ask again with"
					+ " If-None-Match: a 304, like a HEAD, takes nothing out and is not recorded.")
	@GetMapping("/{id}/files/{language}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable LanguageCode language,
			HttpServletRequest request) {
		return DocumentController.DocumentDownloads.response(registry, Viewers.current(), id, language, request);
	}
}
