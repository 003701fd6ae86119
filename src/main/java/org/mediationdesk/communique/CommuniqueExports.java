package org.mediationdesk.communique;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.jsoup.nodes.Entities;
import org.mediationdesk.shared.AkomaNtoso;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.PdfFiles;
import java.util.Locale;
import org.jsoup.nodes.Document;


/**
 * A communiqué as a file, in one language: PDF (openhtmltopdf, DejaVu Sans embedded: the PDF's own fonts have no
 * Cyrillic or Georgian letters) or Akoma Ntoso 3.0 (a {@code statement} of the co-chairs).
 */
final class CommuniqueExports {

	/** What a file shows besides the text: its title, the line under it (status or date), and the language's codes. */
	record Heading(String title, String subtitle, String coChairs, LanguageCode language) {

		/** The ISO 639-2 code, as Akoma Ntoso names expressions. */
		String iso6392() {
			return switch (language) {
				case EN -> "eng";
				case RU -> "rus";
				case KA -> "kat";
			};
		}
	}

	private CommuniqueExports() {
	}

	static byte[] pdf(Heading heading, List<String> paragraphs) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"")
			.append(heading.language().name().toLowerCase(Locale.ROOT))
			.append("\"><head><meta charset=\"UTF-8\"/><title>")
			.append(escape(heading.title()))
			.append("</title><style>body{font-family:'DejaVu Sans';font-size:11pt;line-height:1.4}"
					+ " .sub{color:#555;font-size:9pt} h1{font-size:15pt}</style></head><body><p class=\"sub\">")
			.append(escape(heading.coChairs()))
			.append("</p><h1>")
			.append(escape(heading.title()))
			.append("</h1><p class=\"sub\">")
			.append(escape(heading.subtitle()))
			.append("</p>");
		for (String paragraph : paragraphs) {
			html.append("<p>").append(escape(paragraph)).append("</p>");
		}
		html.append("</body></html>");
		return PdfFiles.fromXhtml(html.toString());
	}

	/**
	 * The communiqué as an Akoma Ntoso 3.0 {@code statement} (name {@code communique}) whose author is the co-chairs:
	 * each paragraph a numbered {@code paragraph}; the expression dated by its publication, or marked a draft.
	 */
	static byte[] akn(Heading heading, CommuniqueView communique, List<String> paragraphs) {
		LocalDate date = communique.published() != null ? communique.published().atOffset(ZoneOffset.UTC).toLocalDate()
				: LocalDate.now(ZoneOffset.UTC);
		String work = "/akn/int/statement/communique/round-" + communique.roundNumber();
		AkomaNtoso.Identification identification = new AkomaNtoso.Identification(work,
				work + "/" + heading.iso6392() + "@edition-" + communique.edition(), date, "publication", heading.iso6392());
		AkomaNtoso akn = AkomaNtoso.document("statement", "communique")
			.meta(identification, new AkomaNtoso.Organization("coChairs", heading.coChairs()), List.of())
			.preface(heading.title(), heading.subtitle())
			.start("mainBody");
		for (int number = 1; number <= paragraphs.size(); number++) {
			akn.start("paragraph", "eId", "para_" + number)
				.element("num", number + ".")
				.start("content")
				.element("p", paragraphs.get(number - 1))
				.end()
				.end();
		}
		if (paragraphs.isEmpty()) {
			// the body of a statement holds at least one paragraph: an empty one, without a number
			akn.start("paragraph", "eId", "para_1").start("content").empty("p").end().end();
		}
		return akn.bytes();
	}

	private static String escape(String text) {
		return Entities.escape(text, new Document.OutputSettings().escapeMode(Entities.EscapeMode.xhtml)
			.charset(StandardCharsets.UTF_8));
	}
}
