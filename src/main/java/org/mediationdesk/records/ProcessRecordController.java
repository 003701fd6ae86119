package org.mediationdesk.records;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.process.ProcessFileRejected;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.shared.DeskException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Content;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.mediationdesk.shared.Markup;

/**
 * The process record file on the web: the administrator imports one (into an installation without a
 * process), the co-chairs and secretariat export theirs.
 */
@Controller
class ProcessRecordController {

	private final ProcessTransfer transfer;
	private final RoundRecord rounds;
	private final Clock clock;

	ProcessRecordController(ProcessTransfer transfer, RoundRecord rounds, Clock clock) {
		this.transfer = transfer;
		this.rounds = rounds;
		this.clock = clock;
	}

	@GetMapping("/admin/process")
	String show(Model model) {
		model.addAttribute("process", rounds.process().orElse(null));
		return "process/transfer";
	}

	/**
	 * The description of the process record file, field by field: the project's own document
	 * ({@code docs/process-record.md}), which the build puts into the application.
	 */
	@GetMapping("/admin/process/format")
	String format(Model model) throws IOException {
		try (InputStream document = ProcessRecordController.class.getResourceAsStream("/docs/process-record.md")) {
			if (document == null) {
				throw new DeskException.NotFound();
			}
			model.addAttribute("html", Markup
				.toSafeHtml(new String(document.readAllBytes(), StandardCharsets.UTF_8)));
		}
		return "process/format";
	}

	@PostMapping("/admin/process")
	String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
			throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new DeskException.Invalid("import.fileRequired");
			}
			ProcessTransfer.Imported imported = transfer.importFile(Viewers.current().username(), file.getBytes());
			model.addAttribute("imported", imported);
		}
		catch (ProcessFileRejected rejected) {
			model.addAttribute("rejected", rejected.problems());
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			model.addAttribute("problem", refused.code());
			model.addAttribute("problemArguments", refused.arguments());
		}
		return show(model);
	}

	/** The co-chairs' and secretariat's download of the record; no one else has one. */
	@GetMapping("/rounds/export")
	ResponseEntity<byte[]> export() {
		return download(Viewers.current());
	}

	/**
	 * The same file over the API. Of a page controller, the OpenAPI description lists only the methods marked
	 * {@code @ResponseBody}.
	 */
	@GetMapping("/api/v1/process/record")
	@ResponseBody
	@Operation(summary = "Exports the process record file (the process, its rounds, meetings, attendance and accounts); "
			+ "co-chairs and secretariat only", responses = @ApiResponse(responseCode = "200", content = @Content(
					mediaType = "application/json", examples = @ExampleObject(name = "A record of one round, shortened",
							value = "{\"formatVersion\": 2, \"process\": {\"code\": \"TT\", \"name\": \"Test talks\","
									+ " \"venue\": \"Geneva\"}, \"rounds\": [{\"number\": 1, \"startDate\": \"2027-03-02\","
									+ " \"endDate\": \"2027-03-03\", \"status\": \"HELD\", \"venue\": \"Geneva\"}]}"))))
	ResponseEntity<byte[]> exportOverApi() {
		return download(Viewers.current());
	}

	private ResponseEntity<byte[]> download(Viewer viewer) {
		viewer.requireMediator();
		byte[] content = transfer.export(viewer);
		String code = rounds.process().map(process -> process.code().toLowerCase(Locale.ROOT)).orElse("process");
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(code.replaceAll("[^a-z0-9-]", "-") + "-record-" + LocalDate.now(clock) + ".json")
				.build()
				.toString())
			.body(content);
	}
}
