package org.mediationdesk.communique;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jsoup.nodes.Entities;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.PdfFiles;


/**
 * A communiqué as a file, in one language: PDF (openhtmltopdf, DejaVu Sans embedded: the PDF's own fonts have no
 * Cyrillic or Georgian letters) or Akoma Ntoso 3.0 (a {@code statement} of the co-chairs).
 */
final class CommuniqueExports {

	static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

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
			.append(heading.language().name().toLowerCase(java.util.Locale.ROOT))
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
		StringWriter xml = new StringWriter();
		try {
			XMLStreamWriter out = XMLOutputFactory.newInstance().createXMLStreamWriter(xml);
			out.writeStartDocument("UTF-8", "1.0");
			out.writeStartElement("akomaNtoso");
			out.writeDefaultNamespace(AKN);
			out.writeStartElement("statement");
			out.writeAttribute("name", "communique");
			out.writeStartElement("meta");
			out.writeStartElement("identification");
			out.writeAttribute("source", "#coChairs");
			String date = communique.published() != null
					? communique.published().atOffset(ZoneOffset.UTC).toLocalDate().toString()
					: java.time.LocalDate.now(ZoneOffset.UTC).toString();
			String work = "/akn/int/statement/communique/round-" + communique.round();
			String expression = work + "/" + heading.iso6392() + "@edition-" + communique.edition();
			frbr(out, "FRBRWork", work, work + "/main", date, heading);
			frbr(out, "FRBRExpression", expression, expression + "/main", date, heading);
			frbr(out, "FRBRManifestation", expression + "/main.xml", expression + "/main.xml", date, heading);
			out.writeEndElement();
			out.writeStartElement("references");
			out.writeAttribute("source", "#coChairs");
			element(out, "TLCOrganization", "eId", "coChairs", "href", "/ontology/organization/coChairs", "showAs",
					heading.coChairs());
			out.writeEndElement();
			out.writeEndElement();
			out.writeStartElement("preface");
			out.writeStartElement("p");
			out.writeStartElement("docTitle");
			out.writeCharacters(heading.title());
			out.writeEndElement();
			out.writeEndElement();
			out.writeStartElement("p");
			out.writeCharacters(heading.subtitle());
			out.writeEndElement();
			out.writeEndElement();
			out.writeStartElement("mainBody");
			int number = 1;
			for (String paragraph : paragraphs) {
				out.writeStartElement("paragraph");
				out.writeAttribute("eId", "para_" + number);
				out.writeStartElement("num");
				out.writeCharacters(number++ + ".");
				out.writeEndElement();
				out.writeStartElement("content");
				out.writeStartElement("p");
				out.writeCharacters(paragraph);
				out.writeEndElement();
				out.writeEndElement();
				out.writeEndElement();
			}
			if (paragraphs.isEmpty()) {
				out.writeStartElement("paragraph");
				out.writeAttribute("eId", "para_1");
				out.writeStartElement("content");
				out.writeEmptyElement("p");
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
		return xml.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void frbr(XMLStreamWriter out, String level, String thisValue, String uri, String date,
			Heading heading) throws XMLStreamException {
		out.writeStartElement(level);
		element(out, "FRBRthis", "value", uri);
		element(out, "FRBRuri", "value", thisValue);
		element(out, "FRBRdate", "date", date, "name", "publication");
		element(out, "FRBRauthor", "href", "#coChairs");
		if (level.equals("FRBRWork")) {
			element(out, "FRBRcountry", "value", "int");
		}
		if (level.equals("FRBRExpression")) {
			element(out, "FRBRlanguage", "language", heading.iso6392());
		}
		out.writeEndElement();
	}

	private static void element(XMLStreamWriter out, String name, String... attributes) throws XMLStreamException {
		out.writeEmptyElement(name);
		for (int i = 0; i < attributes.length; i += 2) {
			out.writeAttribute(attributes[i], attributes[i + 1]);
		}
	}

	private static String escape(String text) {
		return Entities.escape(text, new org.jsoup.nodes.Document.OutputSettings().escapeMode(Entities.EscapeMode.xhtml)
			.charset(StandardCharsets.UTF_8));
	}
}
