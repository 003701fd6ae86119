package org.mediationdesk.communique;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.Refusals;
import org.mediationdesk.terminology.TerminologyGate;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The communiqué page of a round: the published editions for everyone, and for the co-chairs and the secretariat
 * the edition being prepared, its three language versions, its approvals and its publication.
 */
@Controller
class CommuniqueController {

	private final Communiques communiques;
	private final CommuniqueDownloads downloads;

	CommuniqueController(Communiques communiques, CommuniqueDownloads downloads) {
		this.communiques = communiques;
		this.downloads = downloads;
	}

	@GetMapping("/rounds/{number}/communique")
	String show(@PathVariable int number, @RequestParam(required = false) String text, Locale locale, Model model) {
		Viewer viewer = Viewers.current();
		CommuniquePage page = communiques.page(viewer, number);
		LanguageCode reading = LanguageCode.parse(text).orElse(LanguageCode.ofInterface(locale));
		model.addAttribute("page", page);
		model.addAttribute("round", page.round());
		model.addAttribute("reading", reading);
		model.addAttribute("languages", List.of(LanguageCode.values()));
		return "communique/show";
	}

	@PostMapping("/rounds/{number}/communique")
	String draft(@PathVariable int number, RedirectAttributes redirect) {
		return write(number, redirect, "communique.drafted", () -> communiques.draft(Viewers.current(), number));
	}

	/** Each language's form has an address of its own, so that a refused edit comes back into its own form. */
	@PostMapping("/rounds/{number}/communique/text/{language}")
	String edit(@PathVariable int number, @PathVariable String language, @RequestParam(required = false) String text, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		return write(number, redirect, "communique.saved", () -> communiques.edit(Viewers.current(), number,
				LanguageCode.parse(language).orElse(null), text, version));
	}

	/** A co-chair confirms a version that is to be brought up to date as still rendering the English. */
	@PostMapping("/rounds/{number}/communique/text/{language}/confirmation")
	String confirmVersion(@PathVariable int number, @PathVariable String language, RedirectAttributes redirect) {
		return write(number, redirect, "communique.versionConfirmedNotice", () -> communiques.confirmVersion(
				Viewers.current(), number, LanguageCode.parse(language).orElse(null)));
	}

	/** A co-chair withdraws a language from the edition being prepared. */
	@PostMapping("/rounds/{number}/communique/text/{language}/withdrawal")
	String withdrawVersion(@PathVariable int number, @PathVariable String language, RedirectAttributes redirect) {
		return write(number, redirect, "communique.versionWithdrawnNotice", () -> communiques.withdrawVersion(
				Viewers.current(), number, LanguageCode.parse(language).orElse(null)));
	}

	@PostMapping("/rounds/{number}/communique/approvals")
	String approve(@PathVariable int number, @RequestParam(required = false) String sha256, RedirectAttributes redirect) {
		// back at the approvals, where the keyboard's focus lands: the approval given shows there
		return write(number, redirect, "communique.approvedNotice",
				() -> communiques.approve(Viewers.current(), number, sha256 == null ? "" : sha256)) + "#approvals";
	}

	@PostMapping("/rounds/{number}/communique/sharing")
	String share(@PathVariable int number, RedirectAttributes redirect) {
		return write(number, redirect, "communique.sharedNotice", () -> communiques.share(Viewers.current(), number));
	}

	@PostMapping("/rounds/{number}/communique/publication")
	String publish(@PathVariable int number, @RequestParam(required = false) String embargo, RedirectAttributes redirect) {
		return write(number, redirect, embargo == null || embargo.isBlank() ? "communique.publishedNotice"
				: "communique.embargoedNotice", () -> communiques.publish(Viewers.current(), number, embargo(embargo)));
	}

	@PostMapping("/rounds/{number}/communique/corrections")
	String correct(@PathVariable int number, RedirectAttributes redirect) {
		return write(number, redirect, "communique.correctionOpened", () -> communiques.correct(Viewers.current(), number));
	}

	@GetMapping("/rounds/{number}/communique/export")
	ResponseEntity<byte[]> export(@PathVariable int number, @RequestParam(required = false) Integer edition,
			@RequestParam(defaultValue = "pdf") String format, @RequestParam(defaultValue = "en") String language) {
		return downloads.download(number, edition, format, language);
	}

	/** The embargo time typed in the form (a date and time in UTC), or {@code null} to publish now. */
	static Instant embargo(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(typed.trim()).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException e) {
			throw new DeskException.Invalid("communique.embargoInvalid");
		}
	}

	private String write(int number, RedirectAttributes redirect, String notice, Supplier<?> action) {
		try {
			action.get();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (TerminologyGate.Refused refused) {
			redirect.addFlashAttribute("gate", refused.blockers());
			Refusals.flash(redirect, refused);
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			Refusals.flash(redirect, refused);
		}
		return "redirect:/rounds/" + number + "/communique";
	}
}
