package org.mediationdesk.shared;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Every Akoma Ntoso 3.0 file the application writes (OASIS LegalDocML, the XML of parliaments and international
 * bodies for what they adopt and publish): the {@code akomaNtoso} root with one document in it, the document's
 * identification (the FRBR levels: the work, its expression in one language and version, and this XML file as its
 * manifestation), the references to the organisations it names, and the preface with its title. What follows, the
 * document's own body, its caller writes element by element; the XML writer escapes every text and attribute value.
 * <p>
 * In the order the schema asks: {@link #document}, {@link #meta}, {@link #preface}, then the body, then
 * {@link #bytes()}.
 */
public final class AkomaNtoso {

	public static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

	/** An organisation that the document names, referred to by {@code #eId}: its {@code TLCOrganization}. */
	public record Organization(String eId, String showAs) {
	}

	/**
	 * What identifies the document, at each FRBR level.
	 *
	 * @param work the work's URI ({@code /akn/...}), the same in every language and version
	 * @param expression the expression's URI: the work in one language, at one version
	 * @param date the date of each level, and its name (when the document was published, or exported)
	 * @param dateName the name of that date ({@code publication}, {@code export})
	 * @param language the expression's language as ISO 639-2 ({@code eng}, {@code rus}, {@code kat})
	 */
	public record Identification(String work, String expression, LocalDate date, String dateName, String language) {
	}

	private final StringWriter xml = new StringWriter();
	private final XMLStreamWriter out;

	private AkomaNtoso() {
		try {
			this.out = XMLOutputFactory.newInstance().createXMLStreamWriter(xml);
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Starts a file with one document in it.
	 *
	 * @param type the kind of document, an element of the schema ({@code statement}, {@code doc}, {@code bill})
	 * @param name what the document is within its kind (its {@code name} attribute)
	 */
	public static AkomaNtoso document(String type, String name) {
		AkomaNtoso file = new AkomaNtoso();
		try {
			file.out.writeStartDocument("UTF-8", "1.0");
			file.out.writeStartElement("akomaNtoso");
			file.out.writeDefaultNamespace(NAMESPACE);
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
		return file.start(type, "name", name);
	}

	/**
	 * The document's {@code meta}: its identification at the three FRBR levels, each by the author, and its
	 * references: the author first, then the others it names.
	 *
	 * @param author who the document is by, and the source of what is said about it
	 */
	public AkomaNtoso meta(Identification identification, Organization author, List<Organization> others) {
		String source = "#" + author.eId();
		start("meta").start("identification", "source", source);
		String expression = identification.expression();
		level("FRBRWork", identification.work() + "/main", identification.work(), identification, source);
		level("FRBRExpression", expression + "/main", expression, identification, source);
		level("FRBRManifestation", expression + "/main.xml", expression + "/main.xml", identification, source);
		end().start("references", "source", source);
		organization(author);
		others.forEach(this::organization);
		return end().end();
	}

	/**
	 * One FRBR level: this component's URI ({@code FRBRthis}), the level's own URI ({@code FRBRuri}), its date and
	 * author, and the country of the work (none: {@code int}, international) or the language of the expression.
	 */
	private void level(String level, String thisComponent, String uri, Identification identification, String author) {
		start(level);
		empty("FRBRthis", "value", thisComponent);
		empty("FRBRuri", "value", uri);
		empty("FRBRdate", "date", identification.date().toString(), "name", identification.dateName());
		empty("FRBRauthor", "href", author);
		if (level.equals("FRBRWork")) {
			empty("FRBRcountry", "value", "int");
		}
		if (level.equals("FRBRExpression")) {
			empty("FRBRlanguage", "language", identification.language());
		}
		end();
	}

	private void organization(Organization organization) {
		empty("TLCOrganization", "eId", organization.eId(), "href", "/ontology/organization/" + organization.eId(),
				"showAs", organization.showAs());
	}

	/** The {@code preface}: the title, then each line under it as a paragraph of its own. */
	public AkomaNtoso preface(String title, String... lines) {
		start("preface").start("p").element("docTitle", title).end();
		for (String line : lines) {
			element("p", line);
		}
		return end();
	}

	/** Opens an element, with its attributes as pairs of name and value. */
	public AkomaNtoso start(String name, String... attributes) {
		try {
			out.writeStartElement(name);
			attributes(attributes);
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
		return this;
	}

	/** An element without content, with its attributes as pairs of name and value. */
	public AkomaNtoso empty(String name, String... attributes) {
		try {
			out.writeEmptyElement(name);
			attributes(attributes);
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
		return this;
	}

	/** An element with only text in it, and its attributes as pairs of name and value. */
	public AkomaNtoso element(String name, String text, String... attributes) {
		return start(name, attributes).text(text).end();
	}

	/** Text in the element open now. */
	public AkomaNtoso text(String text) {
		try {
			out.writeCharacters(ApprovedText.neutral(text));
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
		return this;
	}

	/** Closes the element open now. */
	public AkomaNtoso end() {
		try {
			out.writeEndElement();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
		return this;
	}

	/** The file, in UTF-8: every element still open is closed (the document's body, the document, the root). */
	public byte[] bytes() {
		try {
			out.writeEndDocument();
			out.close();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
		return xml.toString().getBytes(StandardCharsets.UTF_8);
	}

	private void attributes(String... attributes) throws XMLStreamException {
		for (int i = 0; i < attributes.length; i += 2) {
			out.writeAttribute(attributes[i], ApprovedText.neutral(attributes[i + 1]));
		}
	}
}
