package org.mediationdesk.communique;

import java.time.Instant;
import java.util.List;

import org.mediationdesk.identity.Viewers;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;

/** A round's communiqué over JSON, as the caller may see it: a draft only for those who may see it (404 otherwise). */
@RestController
class CommuniqueApiController {

	private final Communiques communiques;
	private final CommuniqueDownloads downloads;

	CommuniqueApiController(Communiques communiques, CommuniqueDownloads downloads) {
		this.communiques = communiques;
		this.downloads = downloads;
	}

	/** A language version's new text; {@code version}, if sent, is the communiqué's version that the editor read. */
	record Edit(String language, String text, Long version) {
	}

	/** The SHA-256 of the text the approver read ({@code sha256} of the communiqué). */
	record Approval(String sha256) {
	}

	/** When to publish: an ISO-8601 instant for an embargo, or {@code null} for now. */
	record Publication(Instant at) {
	}

	@Operation(summary = "The round's communiqué as the caller may see it",
			description = "The edition being prepared for the co-chairs and the secretariat (and the participants when it"
					+ " is shared with them), else the latest published edition; 404 if the caller may see none.")
	@GetMapping("/api/v1/rounds/{number}/communique")
	CommuniqueView current(@PathVariable int number) {
		return communiques.current(Viewers.current(), number);
	}

	@Operation(summary = "Every published edition of the round's communiqué, newest first (corrections included)")
	@GetMapping("/api/v1/rounds/{number}/communique/published")
	List<CommuniqueView> published(@PathVariable int number) {
		return communiques.published(Viewers.current(), number);
	}

	@Operation(summary = "Drafts the round's communiqué from the record, in English, Russian and Georgian",
			description = "Only for a round that was held: for one convened for the future, postponed, suspended or"
					+ " collapsed it is refused (409), saying why.")
	@PostMapping("/api/v1/rounds/{number}/communique")
	@ResponseStatus(HttpStatus.CREATED)
	CommuniqueView draft(@PathVariable int number) {
		return communiques.draft(Viewers.current(), number);
	}

	@Operation(summary = "Edits one language version; withdraws every approval given (409 once published)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
					@ExampleObject(name = "The English version", value = "{\"language\": \"en\", \"text\":"
							+ " \"The participants discussed the situation on the ground.\\n\\nThe participants agreed to"
							+ " hold the next round on 10 and 11 March 2027.\"}"),
					@ExampleObject(name = "The Russian version, if unchanged since version 3",
							value = "{\"language\": \"ru\", \"text\": \"Участники обсудили ситуацию на местах.\","
									+ " \"version\": 3}") })))
	@PutMapping("/api/v1/rounds/{number}/communique")
	CommuniqueView edit(@PathVariable int number, @RequestBody Edit edit) {
		LanguageCode language = LanguageCode.parse(edit.language())
			.orElseThrow(() -> new DeskException.Invalid("communique.languageMissing"));
		return communiques.edit(Viewers.current(), number, language, edit.text(), edit.version());
	}

	@Operation(summary = "Approves the text as it stands, as the caller's institution (EU, UN or OSCE)",
			description = "Send the sha256 of the text you read: if it changed since, the approval is refused (409)."
					+ " The terminology gate runs on every language first: a blocker refuses (409), naming the passage."
					+ " A placeholder (text in square brackets) in any language refuses it (409), naming each one in"
					+ " placeholders; so does a version that is to be brought up to date (see versions).",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
					name = "The text read", value = "{\"sha256\": \"3f1c…\"}"))))
	@PostMapping("/api/v1/rounds/{number}/communique/approvals")
	CommuniqueView approve(@PathVariable int number, @RequestBody(required = false) Approval approval) {
		return communiques.approve(Viewers.current(), number, approval == null ? null : approval.sha256());
	}

	@Operation(summary = "Confirms a Russian or Georgian version as still rendering the English text as it stands (a co-chair)",
			description = "A version older than the English (its state TO_BE_BROUGHT_UP_TO_DATE in versions) holds up"
					+ " the approval until a co-chair edits it, confirms it here, or withdraws the language from the edition.")
	@PostMapping("/api/v1/rounds/{number}/communique/versions/{language}/confirmation")
	CommuniqueView confirmVersion(@Parameter(example = "65") @PathVariable int number,
			@Parameter(example = "ru") @PathVariable String language) {
		return communiques.confirmVersion(Viewers.current(), number, language(language));
	}

	@Operation(summary = "Withdraws a Russian or Georgian version from the edition being prepared (a co-chair)",
			description = "The edition then has no version in that language, and its published page says so; every"
					+ " approval given is withdrawn. Writing the version again brings the language back.")
	@PostMapping("/api/v1/rounds/{number}/communique/versions/{language}/withdrawal")
	CommuniqueView withdrawVersion(@Parameter(example = "65") @PathVariable int number,
			@Parameter(example = "ka") @PathVariable String language) {
		return communiques.withdrawVersion(Viewers.current(), number, language(language));
	}

	private static LanguageCode language(String language) {
		return LanguageCode.parse(language).orElseThrow(() -> new DeskException.Invalid("communique.languageMissing"));
	}

	@Operation(summary = "Shares the draft with the participants, for their information")
	@PostMapping("/api/v1/rounds/{number}/communique/sharing")
	CommuniqueView share(@PathVariable int number) {
		return communiques.share(Viewers.current(), number);
	}

	@Operation(summary = "Sets the embargo time, or publishes now (409 without three approvals, naming those missing)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
					@ExampleObject(name = "Under embargo until", value = "{\"at\": \"2027-03-11T16:00:00Z\"}"),
					@ExampleObject(name = "Now", value = "{\"at\": null}") })))
	@PostMapping("/api/v1/rounds/{number}/communique/publication")
	CommuniqueView publish(@PathVariable int number, @RequestBody(required = false) Publication publication) {
		return communiques.publish(Viewers.current(), number, publication == null ? null : publication.at());
	}

	@Operation(summary = "Opens a correction of the latest published edition: a new edition that says what it corrects")
	@PostMapping("/api/v1/rounds/{number}/communique/corrections")
	@ResponseStatus(HttpStatus.CREATED)
	CommuniqueView correct(@PathVariable int number) {
		return communiques.correct(Viewers.current(), number);
	}

	@Operation(summary = "The communiqué as a file (pdf or akn) in a language it has (en, ru, ka); an edition's number"
			+ " or the one the caller reads")
	@GetMapping("/api/v1/rounds/{number}/communique/export")
	ResponseEntity<byte[]> export(@PathVariable int number, @RequestParam(required = false) Integer edition,
			@RequestParam(defaultValue = "pdf") String format, @RequestParam(defaultValue = "en") String language) {
		return downloads.download(number, edition, format, language);
	}
}
