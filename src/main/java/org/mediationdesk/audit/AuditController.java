package org.mediationdesk.audit;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.shared.ApprovedText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import java.util.Arrays;

/**
 * The administrator's view of the audit log, the state of its chain and its latest signed checkpoint, which the
 * administrator publishes (with the public key) so that a later rewrite of the log can be shown. The log reads in
 * the reader's language, narrows by person, action, object and days, and exports what the reader may see as CSV.
 */
@Controller
class AuditController {

	private final AuditLog log;
	private final Checkpoints checkpoints;
	private final AuditReading reading;
	private final MessageSource messages;

	AuditController(AuditLog log, Checkpoints checkpoints, AuditReading reading, MessageSource messages) {
		this.log = log;
		this.checkpoints = checkpoints;
		this.reading = reading;
		this.messages = messages;
	}

	/** The log, newest first; the whole chain is recomputed only when asked ({@code ?verify=true}). */
	@GetMapping("/admin/audit")
	String show(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean verify,
			@RequestParam(required = false) String person, @RequestParam(required = false) String action,
			@RequestParam(required = false) String object, @RequestParam(required = false) String objectId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
			Locale locale) {
		Viewer viewer = Viewers.current();
		AuditFilter filter = new AuditFilter(person, action, object, objectId, from, to);
		long total = log.count(viewer, filter);
		int pages = (int) Math.max(1, (total + AuditLog.PAGE_SIZE - 1) / AuditLog.PAGE_SIZE);
		int current = Math.min(Math.max(0, page), pages - 1);
		model.addAttribute("entries", reading.read(viewer, log.page(viewer, filter, current), locale));
		ChainStatus status = verify ? checkpoints.verify() : null;
		model.addAttribute("status", status);
		if (status != null && !status.intact()) {
			model.addAttribute("statusReason", reason(status.why(), locale));
		}
		model.addAttribute("checkpoint", checkpoints.latest().map(CheckpointView::of).orElse(null));
		model.addAttribute("publicKey", checkpoints.key().publicKeyPem());
		model.addAttribute("keyId", checkpoints.key().keyId());
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("total", total);
		model.addAttribute("filter", filter);
		model.addAttribute("filterField", filter.fieldAtFault());
		model.addAttribute("people", reading.people(viewer, log.distinct(viewer, "actor"), locale));
		model.addAttribute("actions", reading.actions(log.distinct(viewer, "action"), locale));
		model.addAttribute("objectTypes", reading.objectTypes(log.distinct(viewer, "object_type"), locale));
		model.addAttribute("objectLabel", filter.objectId() == null ? null
				: reading.typeLabel(filter.object() == null ? "" : filter.object(), locale));
		model.addAttribute("previousLink", address("/admin/audit", filter, current - 1));
		model.addAttribute("nextLink", address("/admin/audit", filter, current + 1));
		model.addAttribute("exportLink", address("/admin/audit/export", filter, -1));
		return "audit/show";
	}

	/**
	 * The entries the reader may see, as the filter narrows them, as CSV (UTF-8, one line per entry, newest first):
	 * the stored codes beside the words of the reader's language.
	 */
	@GetMapping("/admin/audit/export")
	void export(@RequestParam(required = false) String person, @RequestParam(required = false) String action,
			@RequestParam(required = false) String object, @RequestParam(required = false) String objectId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale,
			HttpServletResponse response) throws IOException {
		Viewer viewer = Viewers.current().requireAdmin();
		AuditFilter filter = new AuditFilter(person, action, object, objectId, from, to);
		response.setContentType("text/csv;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
		PrintWriter out = response.getWriter();
		out.print("\uFEFF");
		row(out, List.of("seq", "time_utc", "username", "person", "action", "what", "object_type", "object_id", "object",
				"detail", "hash"));
		log.each(viewer, filter, batch -> {
			for (AuditLine line : reading.read(viewer, batch, locale)) {
				row(out, Arrays.asList(String.valueOf(line.seq()), line.whenUtc(), line.actor(), line.who(),
						line.action(), line.what(), line.objectType(), line.objectId(), line.object(), line.detail(),
						line.hash()));
			}
		});
		out.flush();
		if (out.checkError()) {
			throw new UncheckedIOException(new IOException("the export was cut off"));
		}
	}

	/** Signs the head now, if it moved since the latest checkpoint. */
	@PostMapping("/admin/audit/checkpoint")
	String checkpoint(RedirectAttributes redirect, Locale locale) {
		Viewers.current().requireAdmin();
		Checkpoints.Signing signing = checkpoints.sign();
		switch (signing.outcome()) {
			case SIGNED -> redirect.addFlashAttribute("notice", "audit.checkpoint.signed");
			case UNCHANGED -> redirect.addFlashAttribute("notice", "audit.checkpoint.unchanged");
			case EMPTY -> redirect.addFlashAttribute("notice", "audit.checkpoint.empty");
			case REFUSED -> {
				redirect.addFlashAttribute("problem", "audit.checkpoint.refused");
				redirect.addFlashAttribute("problemArguments", new Object[] { reason(signing.why(), locale) });
			}
		}
		return "redirect:/admin/audit";
	}

	private String reason(ChainStatus.Reason reason, Locale locale) {
		return messages.getMessage(reason.code(), reason.argumentArray(), reason.english(), locale);
	}

	/** The page's address with the filter (and a page, unless negative). */
	private static String address(String path, AuditFilter filter, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		List<String[]> parameters = new ArrayList<>();
		parameters.add(new String[] { "person", filter.person() });
		parameters.add(new String[] { "action", filter.action() });
		parameters.add(new String[] { "object", filter.object() });
		parameters.add(new String[] { "objectId", filter.objectId() });
		parameters.add(new String[] { "from", filter.from() });
		parameters.add(new String[] { "to", filter.to() });
		for (String[] parameter : parameters) {
			if (parameter[1] != null) {
				uri.queryParam(parameter[0], parameter[1]);
			}
		}
		if (page >= 0) {
			uri.queryParam("page", page);
		}
		return uri.encode().build().toUriString();
	}

	/**
	 * One line of CSV: every field quoted, quotes doubled, a leading formula character defused, and no direction
	 * control ({@link ApprovedText#neutral}), which would show a field in another order in a spreadsheet.
	 */
	private static void row(PrintWriter out, List<String> fields) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < fields.size(); i++) {
			String field = fields.get(i) == null ? "" : ApprovedText.neutral(fields.get(i));
			if (!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0) {
				field = "'" + field;
			}
			line.append(i == 0 ? "" : ",").append('"').append(field.replace("\"", "\"\"")).append('"');
		}
		out.print(line.append("\r\n"));
	}
}
