package org.mediationdesk.commitments.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Arrays;
import java.util.Locale;

import org.mediationdesk.commitments.CommitmentFilter;
import org.mediationdesk.commitments.CommitmentStatus;
import org.mediationdesk.commitments.CommitmentView;
import org.mediationdesk.commitments.CommitmentViews;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The commitments' timeline (SVG drawn on the server, with its table beside it) and their files (CSV, Akoma
 * Ntoso) in each language: both hold what the reader may see, so the public reads the public commitments and
 * their public steps only.
 */
@Controller
class TimelineController {

	private final CommitmentViews views;
	private final MessageSource messages;
	private final Clock clock;

	TimelineController(CommitmentViews views, MessageSource messages, Clock clock) {
		this.views = views;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/commitments/timeline")
	String timeline(Locale locale, Model model) {
		LanguageCode language = LanguageCode.ofInterface(locale);
		List<CommitmentView> commitments = views.list(Viewers.current(), CommitmentFilter.none(), language);
		model.addAttribute("layout", TimelineLayout.of(commitments, language));
		model.addAttribute("statuses", CommitmentStatus.values());
		model.addAttribute("colours", Arrays.stream(CommitmentStatus.values())
			.collect(Collectors.toMap(CommitmentStatus::name, TimelineLayout::colour)));
		return "commitments/timeline";
	}

	/** The file: {@code format} {@code csv} (the default) or {@code akn}, in {@code language} (the reader's by default). */
	@GetMapping("/commitments/export")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String language, Locale locale) {
		LanguageCode in = language == null ? LanguageCode.ofInterface(locale)
				: LanguageCode.parse(language).orElse(LanguageCode.ofInterface(locale));
		List<CommitmentView> commitments = views.list(Viewers.current(), CommitmentFilter.none(), in);
		boolean akn = "akn".equalsIgnoreCase(format.strip());
		byte[] file = akn ? CommitmentFiles.akomaNtoso(commitments, in, LocalDate.now(clock), messages)
				: CommitmentFiles.csv(commitments, in, messages);
		String name = "commitments-" + in.name().toLowerCase(Locale.ROOT) + (akn ? ".xml" : ".csv");
		return ResponseEntity.ok()
			.contentType(akn ? MediaType.APPLICATION_XML : new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(file);
	}
}
