package org.mediationdesk.terminology;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mediationdesk.identity.Viewers;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The co-chairs' and secretariat's terminology check page: a text (pasted or uploaded) checked against the
 * glossary, with its findings marked, its neutral rendering and whose terms it uses. No one else has this
 * page; the glossary itself is kept on {@link GlossaryController}'s pages.
 */
@Controller
class TerminologyCheckController {

	/** The part of a checked text shown with its findings marked; the rest is counted, not shown. */
	static final int SHOWN = 200_000;
	/** The longest text accepted in the form. */
	static final int MAX_PASTED = 1_000_000;

	private final TerminologyCheck check;

	TerminologyCheckController(TerminologyCheck check) {
		this.check = check;
	}

	@GetMapping("/terminology")
	String page(Model model) {
		Viewers.current().requireMediator();
		model.addAttribute("kinds", TextKind.values());
		model.addAttribute("kind", TextKind.MEDIATOR);
		model.addAttribute("textLanguage", "auto");
		return "terminology/check";
	}

	@PostMapping("/terminology/check")
	String check(@RequestParam(required = false) String text, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "MEDIATOR") TextKind kind, @RequestParam(defaultValue = "auto") String language,
			Locale locale, Model model) throws IOException {
		Viewers.current().requireMediator();
		model.addAttribute("kinds", TextKind.values());
		model.addAttribute("kind", kind);
		model.addAttribute("textLanguage", language);
		String checked = text;
		try {
			if (file != null && !file.isEmpty()) {
				TextExtraction.Extracted extracted = TextExtraction.extract(file.getOriginalFilename(), file.getBytes());
				checked = extracted.text();
				model.addAttribute("fileName", file.getOriginalFilename());
				model.addAttribute("replaced", extracted.replaced());
			}
			else if (text != null && text.length() > MAX_PASTED) {
				throw new DeskException.Invalid("terminology.pastedTooLong", MAX_PASTED);
			}
			model.addAttribute("text", text);
			CheckResult result = check.check(checked, LanguageCode.parse(language).orElse(null), kind);
			model.addAttribute("result", result);
			model.addAttribute("segments", segments(checked, result.findings()));
			model.addAttribute("shortened", checked.length() > SHOWN);
			model.addAttribute("replacements", check.neutralRendering(result));
			model.addAttribute("neutral", segmentsOfRendering(checked, check.neutralRendering(result)));
			model.addAttribute("profile", profile(result));
			model.addAttribute("confidence", (int) Math.round(result.confidence() * 100));
		}
		catch (DeskException.Invalid refused) {
			model.addAttribute("text", text);
			model.addAttribute("problem", refused.code());
			model.addAttribute("problemArguments", refused.arguments());
		}
		return "terminology/check";
	}

	/** A piece of the checked text: plain, or a finding. */
	record Segment(String text, Finding finding) {
	}

	static List<Segment> segments(String text, List<Finding> findings) {
		List<Segment> segments = new ArrayList<>();
		int at = 0;
		int limit = Math.min(text.length(), SHOWN);
		for (Finding finding : findings) {
			if (finding.end() > limit) {
				break;
			}
			if (finding.end() <= at) {
				continue;
			}
			// a finding that overlaps the one before is marked from where that one ends
			int start = Math.max(at, finding.start());
			segments.add(new Segment(text.substring(at, start), null));
			segments.add(new Segment(text.substring(start, finding.end()), finding));
			at = finding.end();
		}
		segments.add(new Segment(text.substring(at, limit), null));
		return segments;
	}

	/** A piece of the neutral rendering: plain, or a replacement (with the words it replaces). */
	record Change(String text, String replaced) {
	}

	static List<Change> segmentsOfRendering(String text, List<Terminology.Replacement> replacements) {
		List<Change> changes = new ArrayList<>();
		int at = 0;
		int limit = Math.min(text.length(), SHOWN);
		for (Terminology.Replacement replacement : replacements) {
			if (replacement.end() > limit) {
				break;
			}
			changes.add(new Change(text.substring(at, replacement.start()), null));
			changes.add(new Change(replacement.replacement(), replacement.original()));
			at = replacement.end();
		}
		changes.add(new Change(text.substring(at, limit), null));
		return changes;
	}

	/** The perspective profile in whole per cent, strongest first, leaving out those at zero. */
	static List<Map.Entry<Perspective, Integer>> profile(CheckResult result) {
		return result.perspective()
			.entrySet()
			.stream()
			.filter(share -> share.getValue() > 0)
			.sorted(Map.Entry.<Perspective, Double>comparingByValue().reversed())
			.map(share -> Map.entry(share.getKey(), (int) Math.round(share.getValue() * 100)))
			.toList();
	}
}
