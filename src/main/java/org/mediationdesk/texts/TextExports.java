package org.mediationdesk.texts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.nodes.Entities;
import org.mediationdesk.shared.ApprovedText;
import org.mediationdesk.shared.AkomaNtoso;
import org.mediationdesk.shared.PdfFiles;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;


/**
 * A negotiating text as a file: Word (Apache POI), PDF (openhtmltopdf) or Akoma Ntoso 3.0 XML. Each is made
 * from the text as the caller sees it, so it holds only what the caller may see; stances are not exported.
 */
final class TextExports {

	static final String AKN = AkomaNtoso.NAMESPACE;

	/** Who makes the export, and so its author in Akoma Ntoso: the platform, not any side. */
	private static final AkomaNtoso.Organization MEDIATION_DESK = new AkomaNtoso.Organization("mediationDesk",
			"Mediation Desk");

	/** The words of an export in its language, from the message bundles ({@code texts.export.*}). */
	interface Labels {

		/** The ISO 639-2 code of the export's language, as Akoma Ntoso names expressions ({@code eng}, {@code rus}). */
		String language();

		String get(String code, Object... arguments);
	}

	private TextExports() {
	}

	/**
	 * The compiled text in Word: the symbol and revision in the header, line numbers, numbered provisions, the
	 * wordings as options with their brackets, and each option's sponsor in a footnote.
	 */
	static byte[] docx(TextView text, Labels labels) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
			header.createParagraph().createRun().setText(label(text, labels));
			lineNumbers(document);
			XWPFRun title = document.createParagraph().createRun();
			title.setBold(true);
			title.setFontSize(14);
			title.setText(text.title());
			if (text.chapeau() != null) {
				XWPFRun chapeau = document.createParagraph().createRun();
				chapeau.setItalic(true);
				chapeau.setText(ApprovedText.neutral(text.chapeau()));
			}
			for (TextView.ProvisionView provision : text.provisions()) {
				XWPFParagraph heading = document.createParagraph();
				XWPFRun number = heading.createRun();
				number.setBold(true);
				number.setText(provision.number() + ".");
				char option = 'A';
				for (TextView.WordingView wording : provision.wordings()) {
					XWPFParagraph paragraph = document.createParagraph();
					paragraph.setIndentationLeft(360);
					XWPFRun label = paragraph.createRun();
					label.setBold(true);
					label.setText(provision.wordings().size() > 1 ? labels.get("texts.export.wording", option++) + " " : "");
					paragraph.createRun().setText(shown(wording, labels));
					XWPFFootnote footnote = document.createFootnote();
					footnote.createParagraph().createRun().setText(labels.get("texts.export.sponsors", sponsors(wording, labels))
							+ (wording.introducedIn() > 0 ? "; " + labels.get("texts.export.introduced", wording.introducedIn())
									: ""));
					paragraph.addFootnoteReference(footnote);
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Numbers the lines of the document's section (w:lnNumType), written as XML: the schema classes at hand lack it. */
	private static void lineNumbers(XWPFDocument document) {
		String word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
		var body = document.getDocument().getBody();
		Node section = (body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr()).getDomNode();
		Element numbering = section.getOwnerDocument().createElementNS(word, "w:lnNumType");
		numbering.setAttributeNS(word, "w:countBy", "1");
		numbering.setAttributeNS(word, "w:restart", "continuous");
		section.appendChild(numbering);
	}

	/**
	 * The same as PDF, from an XHTML rendering of it, in DejaVu Sans embedded from the classpath: the PDF's
	 * built-in fonts have no Cyrillic or Georgian letters.
	 */
	static byte[] pdf(TextView text, Labels labels) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><title>")
			.append(escape(text.title()))
			.append("</title><style>body{font-family:'DejaVu Sans';font-size:11pt} .symbol{color:#555;font-size:9pt}"
					+ " .option{margin-left:1.5em} .sponsor{color:#555;font-size:9pt}</style></head><body>")
			.append("<p class=\"symbol\">")
			.append(escape(label(text, labels)))
			.append("</p><h1>")
			.append(escape(text.title()))
			.append("</h1>");
		if (text.chapeau() != null) {
			html.append("<p><i>").append(escape(text.chapeau())).append("</i></p>");
		}
		for (TextView.ProvisionView provision : text.provisions()) {
			html.append("<p><b>").append(provision.number()).append(".</b></p>");
			char option = 'A';
			for (TextView.WordingView wording : provision.wordings()) {
				html.append("<p class=\"option\">")
					.append(provision.wordings().size() > 1 ? "<b>" + escape(labels.get("texts.export.wording", option++)) + "</b> " : "")
					.append(escape(shown(wording, labels)))
					.append(" <span class=\"sponsor\">(")
					.append(escape(sponsors(wording, labels)))
					.append(")</span></p>");
			}
		}
		html.append("</body></html>");
		return PdfFiles.fromXhtml(html.toString());
	}

	/**
	 * The text as an Akoma Ntoso 3.0 {@code statement}: each provision a {@code paragraph} with its eId, each
	 * wording a {@code blockContainer} of class {@code wording} whose sponsor is a TLC reference.
	 */
	static byte[] akn(TextView text, Labels labels) {
		String work = "/akn/statement/" + text.symbol().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		AkomaNtoso.Identification identification = new AkomaNtoso.Identification(work,
				work + "/" + labels.language() + "@rev" + text.revision(), LocalDate.now(), "export", labels.language());
		List<AkomaNtoso.Organization> sponsors = text.provisions().stream()
			.flatMap(provision -> provision.wordings().stream())
			.flatMap(wording -> wording.sponsors().stream())
			.distinct()
			.map(sponsor -> new AkomaNtoso.Organization(eid(sponsor), sponsor(sponsor, labels)))
			.toList();
		AkomaNtoso akn = AkomaNtoso.document("statement", "statement")
			.meta(identification, MEDIATION_DESK, sponsors)
			.preface(text.title());
		if (text.chapeau() != null) {
			// the chapeau opens the statement: its preamble
			akn.start("preamble").element("p", text.chapeau(), "eId", "preamble__p_1").end();
		}
		akn.start("mainBody");
		for (TextView.ProvisionView provision : text.provisions()) {
			provision(akn, provision);
		}
		return akn.bytes();
	}

	/** A provision: its number, then each wording as an option with its sponsors; an empty paragraph if it has none. */
	private static void provision(AkomaNtoso akn, TextView.ProvisionView provision) {
		akn.start("paragraph", "eId", provision.eId()).element("num", provision.number() + ".").start("content");
		int option = 1;
		for (TextView.WordingView wording : provision.wordings()) {
			akn.start("blockContainer", "eId", provision.eId() + "__alt_" + option++, "class",
					wording.confidential() ? "wording inConfidence" : "wording")
				.element("p", wording.textEn(), "refersTo",
						String.join(" ", wording.sponsors().stream().map(s -> "#" + eid(s)).toList()))
				.end();
		}
		if (provision.wordings().isEmpty()) {
			akn.empty("p");
		}
		akn.end().end();
	}

	private static String eid(String sponsor) {
		return "sponsor-" + sponsor.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
	}

	private static String sponsors(TextView.WordingView wording, Labels labels) {
		return String.join(", ", wording.sponsors().stream().map(sponsor -> sponsor(sponsor, labels)).toList());
	}

	private static String sponsor(String sponsor, Labels labels) {
		return NegotiatingTexts.CO_CHAIRS.equals(sponsor) ? labels.get("texts.export.coChairs")
				: labels.get("texts.export.participants", sponsor);
	}

	/** A wording, marked if it is shared in confidence with the co-chairs and not tabled (in their own export). */
	/** A wording as a file shows it: without direction controls left in older text ({@link ApprovedText#neutral}). */
	private static String shown(TextView.WordingView wording, Labels labels) {
		return ApprovedText.neutral(wording.textEn()) + (wording.confidential() ? " " + labels.get("texts.export.inConfidence") : "");
	}

	/** Escaped for XHTML, which the PDF renderer parses as XML: no HTML-only entities such as &nbsp;. */
	private static String escape(String text) {
		return Entities.escape(text, new Document.OutputSettings().escapeMode(Entities.EscapeMode.xhtml)
			.charset(StandardCharsets.UTF_8));
	}

	/**
	 * The symbol, and whether this is the working text (what stands now, after the latest revision) rather
	 * than a circulated revision.
	 */
	private static String label(TextView text, Labels labels) {
		return text.revision() > 0 ? labels.get("texts.export.working", text.symbol(), text.revision())
				: labels.get("texts.export.draft", text.symbol());
	}
}
