package org.mediationdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AkomaNtosoTests {

	private static final AkomaNtoso.Identification ROUND_64 = new AkomaNtoso.Identification(
			"/akn/int/statement/communique/round-64", "/akn/int/statement/communique/round-64/rus@edition-2",
			LocalDate.of(2026, 3, 25), "publication", "rus");

	private static byte[] statement(String title, AkomaNtoso.Organization author, List<AkomaNtoso.Organization> others) {
		return AkomaNtoso.document("statement", "communique")
			.meta(ROUND_64, author, others)
			.preface(title, "Geneva, 25 March 2026")
			.start("mainBody")
			.start("paragraph", "eId", "para_1")
			.element("num", "1.")
			.start("content")
			.element("p", "The participants met.")
			.bytes();
	}

	@Test
	void identifiesTheWorkItsExpressionAndTheFileByTheirAuthor() throws Exception {
		Document xml = parse(statement("Round 64", new AkomaNtoso.Organization("coChairs", "The co-chairs"), List.of()));

		assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("akomaNtoso");
		assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(AkomaNtoso.NAMESPACE);
		assertThat(values(xml, "FRBRthis", "value")).containsExactly("/akn/int/statement/communique/round-64/main",
				"/akn/int/statement/communique/round-64/rus@edition-2/main",
				"/akn/int/statement/communique/round-64/rus@edition-2/main.xml");
		assertThat(values(xml, "FRBRuri", "value")).containsExactly("/akn/int/statement/communique/round-64",
				"/akn/int/statement/communique/round-64/rus@edition-2",
				"/akn/int/statement/communique/round-64/rus@edition-2/main.xml");
		assertThat(values(xml, "FRBRdate", "date")).containsOnly("2026-03-25").hasSize(3);
		assertThat(values(xml, "FRBRauthor", "href")).containsOnly("#coChairs").hasSize(3);
		assertThat(values(xml, "FRBRlanguage", "language")).containsExactly("rus");
		assertThat(values(xml, "FRBRcountry", "value")).containsExactly("int");
		assertThat(values(xml, "identification", "source")).containsExactly("#coChairs");
	}

	@Test
	void refersToTheAuthorFirstThenTheOthersItNames() throws Exception {
		Document xml = parse(statement("Round 64", new AkomaNtoso.Organization("mediationDesk", "Mediation Desk"),
				List.of(new AkomaNtoso.Organization("sponsor-ge", "Participants from Tbilisi"))));

		assertThat(values(xml, "TLCOrganization", "eId")).containsExactly("mediationDesk", "sponsor-ge");
		assertThat(values(xml, "TLCOrganization", "href")).containsExactly("/ontology/organization/mediationDesk",
				"/ontology/organization/sponsor-ge");
		assertThat(values(xml, "references", "source")).containsExactly("#mediationDesk");
	}

	@Test
	void keepsMarkupInTextsAndNamesAsWrittenAndClosesEveryElement() throws Exception {
		byte[] file = statement("Crossings <open> & \"Ergneti\" (ერგნეთი)",
				new AkomaNtoso.Organization("coChairs", "EU, UN & OSCE <co-chairs>"), List.of());
		Document xml = parse(file);

		assertThat(xml.getElementsByTagNameNS(AkomaNtoso.NAMESPACE, "docTitle").item(0).getTextContent())
			.isEqualTo("Crossings <open> & \"Ergneti\" (ერგნეთი)");
		assertThat(values(xml, "TLCOrganization", "showAs")).containsExactly("EU, UN & OSCE <co-chairs>");
		assertThat(new String(file, StandardCharsets.UTF_8)).endsWith("</paragraph></mainBody></statement></akomaNtoso>");
	}

	@Test
	void writesAStatementThatTheOasisSchemaAccepts() throws Exception {
		Path schema = Path.of("target", "akn", "xsd", "akomantoso30.xsd");
		assertThat(schema).as("the OASIS schema, fetched by the build (generate-test-resources)").exists();
		SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(schema.toFile())
			.newValidator()
			.validate(new StreamSource(new ByteArrayInputStream(statement("Round 64",
					new AkomaNtoso.Organization("coChairs", "The co-chairs"),
					List.of(new AkomaNtoso.Organization("sponsor-ge", "Participants from Tbilisi"))))));
	}

	private static Document parse(byte[] file) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file));
	}

	private static List<String> values(Document xml, String element, String attribute) {
		var found = xml.getElementsByTagNameNS(AkomaNtoso.NAMESPACE, element);
		return java.util.stream.IntStream.range(0, found.getLength())
			.mapToObj(i -> ((Element) found.item(i)).getAttribute(attribute))
			.toList();
	}
}
