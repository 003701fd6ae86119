package org.mediationdesk.texts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.nodes.Entities;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A negotiating text as a file: Word (Apache POI), PDF (openhtmltopdf) or Akoma Ntoso 3.0 XML. Each is made
 * from the text as the caller sees it, so it holds only what the caller may see; stances are not exported.
 */
final class TextExports {

	static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
	/** How a wording shared in confidence with the co-chairs is marked in the co-chairs' own export. */
	static final String IN_CONFIDENCE = "[in confidence to the co-chairs — not tabled]";

	private TextExports() {
	}

	/**
	 * The compiled text in Word: the symbol and revision in the header, line numbers, numbered provisions, the
	 * alternatives as options with their brackets, and each option's sponsor in a footnote.
	 */
	static byte[] docx(TextView text) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
			header.createParagraph().createRun().setText(label(text));
			lineNumbers(document);
			XWPFRun title = document.createParagraph().createRun();
			title.setBold(true);
			title.setFontSize(14);
			title.setText(text.title());
			if (text.chapeau() != null) {
				XWPFRun chapeau = document.createParagraph().createRun();
				chapeau.setItalic(true);
				chapeau.setText(text.chapeau());
			}
			for (TextView.ProvisionView provision : text.provisions()) {
				XWPFParagraph heading = document.createParagraph();
				XWPFRun number = heading.createRun();
				number.setBold(true);
				number.setText(provision.number() + ".");
				char option = 'A';
				for (TextView.AlternativeView alternative : provision.alternatives()) {
					XWPFParagraph paragraph = document.createParagraph();
					paragraph.setIndentationLeft(360);
					XWPFRun label = paragraph.createRun();
					label.setBold(true);
					label.setText(provision.alternatives().size() > 1 ? "Option " + option++ + ": " : "");
					paragraph.createRun().setText(alternative.textEn() + (alternative.confidential() ? " " + IN_CONFIDENCE : ""));
					XWPFFootnote footnote = document.createFootnote();
					footnote.createParagraph().createRun().setText("Sponsors: " + sponsors(alternative)
							+ (alternative.introducedIn() > 0 ? "; introduced in Rev. " + alternative.introducedIn() : ""));
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
		org.w3c.dom.Node section = (body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr()).getDomNode();
		org.w3c.dom.Element numbering = section.getOwnerDocument().createElementNS(word, "w:lnNumType");
		numbering.setAttributeNS(word, "w:countBy", "1");
		numbering.setAttributeNS(word, "w:restart", "continuous");
		section.appendChild(numbering);
	}

	/** The same as PDF, from an XHTML rendering of it. */
	static byte[] pdf(TextView text) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><title>")
			.append(escape(text.title()))
			.append("</title><style>body{font-family:sans-serif;font-size:11pt} .symbol{color:#555;font-size:9pt}"
					+ " .option{margin-left:1.5em} .sponsor{color:#555;font-size:9pt}</style></head><body>")
			.append("<p class=\"symbol\">")
			.append(escape(label(text)))
			.append("</p><h1>")
			.append(escape(text.title()))
			.append("</h1>");
		if (text.chapeau() != null) {
			html.append("<p><i>").append(escape(text.chapeau())).append("</i></p>");
		}
		for (TextView.ProvisionView provision : text.provisions()) {
			html.append("<p><b>").append(provision.number()).append(".</b></p>");
			char option = 'A';
			for (TextView.AlternativeView alternative : provision.alternatives()) {
				html.append("<p class=\"option\">")
					.append(provision.alternatives().size() > 1 ? "<b>Option " + option++ + ":</b> " : "")
					.append(escape(alternative.textEn() + (alternative.confidential() ? " " + IN_CONFIDENCE : "")))
					.append(" <span class=\"sponsor\">(")
					.append(escape(sponsors(alternative)))
					.append(")</span></p>");
			}
		}
		html.append("</body></html>");
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(html.toString(), null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The text as an Akoma Ntoso 3.0 {@code statement}: each provision a {@code paragraph} with its eId, each
	 * alternative a {@code blockContainer} of class {@code alternative} whose sponsor is a TLC reference.
	 */
	static byte[] akn(TextView text) {
		StringWriter xml = new StringWriter();
		try {
			XMLStreamWriter out = XMLOutputFactory.newInstance().createXMLStreamWriter(xml);
			out.writeStartDocument("UTF-8", "1.0");
			out.writeStartElement("akomaNtoso");
			out.writeDefaultNamespace(AKN);
			out.writeStartElement("statement");
			out.writeAttribute("name", "statement");
			out.writeStartElement("meta");
			out.writeStartElement("identification");
			out.writeAttribute("source", "#mediationDesk");
			String work = "/akn/statement/" + text.symbol().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
			frbr(out, "FRBRWork", work, work + "/main");
			frbr(out, "FRBRExpression", work + "/eng@rev" + text.revision(), work + "/eng@rev" + text.revision() + "/main");
			frbr(out, "FRBRManifestation", work + "/eng@rev" + text.revision() + "/main.xml",
					work + "/eng@rev" + text.revision() + "/main.xml");
			out.writeEndElement();
			out.writeStartElement("references");
			out.writeAttribute("source", "#mediationDesk");
			element(out, "TLCOrganization", "eId", "mediationDesk", "href", "/ontology/organization/mediationDesk",
					"showAs", "Mediation Desk");
			text.provisions().stream()
				.flatMap(provision -> provision.alternatives().stream())
				.flatMap(alternative -> alternative.sponsors().stream())
				.distinct()
				.forEach(sponsor -> element(out, "TLCOrganization", "eId", eid(sponsor), "href",
						"/ontology/organization/" + eid(sponsor), "showAs", sponsor(sponsor)));
			out.writeEndElement();
			out.writeEndElement();
			out.writeStartElement("preface");
			out.writeStartElement("p");
			out.writeStartElement("docTitle");
			out.writeCharacters(text.title());
			out.writeEndElement();
			out.writeEndElement();
			out.writeEndElement();
			out.writeStartElement("mainBody");
			if (text.chapeau() != null) {
				out.writeStartElement("intro");
				out.writeAttribute("eId", "intro");
				out.writeStartElement("p");
				out.writeCharacters(text.chapeau());
				out.writeEndElement();
				out.writeEndElement();
			}
			for (TextView.ProvisionView provision : text.provisions()) {
				out.writeStartElement("paragraph");
				out.writeAttribute("eId", provision.eId());
				out.writeStartElement("num");
				out.writeCharacters(provision.number() + ".");
				out.writeEndElement();
				out.writeStartElement("content");
				int option = 1;
				for (TextView.AlternativeView alternative : provision.alternatives()) {
					out.writeStartElement("blockContainer");
					out.writeAttribute("eId", provision.eId() + "__alt_" + option++);
					out.writeAttribute("class", alternative.confidential() ? "alternative inConfidence" : "alternative");
					out.writeStartElement("p");
					out.writeAttribute("refersTo", String.join(" ", alternative.sponsors().stream().map(s -> "#" + eid(s)).toList()));
					out.writeCharacters(alternative.textEn());
					out.writeEndElement();
					out.writeEndElement();
				}
				if (provision.alternatives().isEmpty()) {
					out.writeEmptyElement("p");
				}
				out.writeEndElement();
				out.writeEndElement();
			}
			out.writeEndElement();
			out.writeEndElement();
			out.writeEndElement();
			out.writeEndDocument();
			out.close();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
		return xml.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static void frbr(XMLStreamWriter out, String level, String thisValue, String uri) throws XMLStreamException {
		out.writeStartElement(level);
		element(out, "FRBRthis", "value", uri);
		element(out, "FRBRuri", "value", thisValue);
		element(out, "FRBRdate", "date", java.time.LocalDate.now().toString(), "name", "export");
		element(out, "FRBRauthor", "href", "#mediationDesk");
		if (level.equals("FRBRWork")) {
			element(out, "FRBRcountry", "value", "int");
		}
		if (level.equals("FRBRExpression")) {
			element(out, "FRBRlanguage", "language", "eng");
		}
		out.writeEndElement();
	}

	private static void element(XMLStreamWriter out, String name, String... attributes) {
		try {
			out.writeEmptyElement(name);
			for (int i = 0; i < attributes.length; i += 2) {
				out.writeAttribute(attributes[i], attributes[i + 1]);
			}
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String eid(String sponsor) {
		return "sponsor-" + sponsor.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
	}

	private static String sponsors(TextView.AlternativeView alternative) {
		return String.join(", ", alternative.sponsors().stream().map(TextExports::sponsor).toList());
	}

	private static String sponsor(String sponsor) {
		return NegotiatingTexts.CO_CHAIRS.equals(sponsor) ? "the co-chairs" : "participants (" + sponsor + ")";
	}

	/** Escaped for XHTML, which the PDF renderer parses as XML: no HTML-only entities such as &nbsp;. */
	private static String escape(String text) {
		return Entities.escape(text, new org.jsoup.nodes.Document.OutputSettings().escapeMode(Entities.EscapeMode.xhtml)
			.charset(java.nio.charset.StandardCharsets.UTF_8));
	}

	/**
	 * The symbol, and whether this is the working text (what stands now, after the latest revision) rather
	 * than a circulated revision.
	 */
	private static String label(TextView text) {
		return text.symbol() + " — " + (text.revision() > 0 ? "working text after Rev. " + text.revision() : "draft");
	}
}
