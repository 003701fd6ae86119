package org.mediationdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.documents.AuthorKind;
import org.mediationdesk.documents.DocumentDetail;
import org.mediationdesk.documents.DocumentDraft;
import org.mediationdesk.documents.DocumentKind;
import org.mediationdesk.documents.DocumentRegistry;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.texts.NegotiatingTexts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Taking a confidential text or file out of the platform is on record: each {@code GET} that delivers a text's
 * export or a document's file writes exactly one audit entry, a side record that changes nothing of the resource;
 * a {@code HEAD}, and a {@code GET} answered 304 because the client names the file it has ({@code If-None-Match}),
 * take nothing out and write none.
 */
@IntegrationTest
class DownloadRecordsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	NegotiatingTexts texts;

	@Autowired
	DocumentRegistry documents;

	@Autowired
	JdbcClient jdbc;

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Viewer viewer) throws Exception {
		return mvc.perform(request.with(authentication(Fixtures.authentication(viewer)))).andReturn().getResponse();
	}

	private long entries(String action, String objectId) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :action AND object_id = :id")
			.param("action", action).param("id", objectId).query(Long.class).single();
	}

	@Test
	void aTextsExportIsOnRecordOncePerFileTakenOutAndNeverForAHeadOrANotModified() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.EU);
		String symbol = "GID/DOWNLOAD/" + UUID.randomUUID().toString().substring(0, 6);
		UUID id = texts.create(coChair, new NegotiatingTexts.NewText(symbol, "Taken out", null, null,
				Audience.allParticipants(), List.of("GE"))).id();
		texts.addProvision(coChair, id);
		texts.share(coChair, id, null);
		Viewer reader = fixtures.participant("GE");
		for (String path : List.of("/texts/" + id + "/export?format=akn", "/api/v1/texts/" + id + "/export?format=docx")) {
			long before = entries("text.exported", symbol);
			MockHttpServletResponse delivered = send(get(path), reader);
			assertThat(delivered.getStatus()).isEqualTo(200);
			assertThat(delivered.getContentAsByteArray()).isNotEmpty();
			String etag = delivered.getHeader("ETag");
			assertThat(etag).as(path).isNotBlank();
			assertThat(entries("text.exported", symbol)).as("one GET, one entry: " + path).isEqualTo(before + 1);

			MockHttpServletResponse headers = send(head(path), reader);
			assertThat(headers.getStatus()).isEqualTo(200);
			assertThat(headers.getHeader("ETag")).isEqualTo(etag);
			assertThat(entries("text.exported", symbol)).as("a HEAD takes nothing out: " + path).isEqualTo(before + 1);

			MockHttpServletResponse unchanged = send(get(path).header("If-None-Match", etag), reader);
			assertThat(unchanged.getStatus()).isEqualTo(304);
			assertThat(unchanged.getContentAsByteArray()).isEmpty();
			assertThat(entries("text.exported", symbol)).as("a 304 takes nothing out: " + path).isEqualTo(before + 1);

			assertThat(send(get(path).header("If-None-Match", "\"another-file\""), reader).getStatus()).isEqualTo(200);
			assertThat(entries("text.exported", symbol)).as("another GET, another entry").isEqualTo(before + 2);
		}
		texts.addProvision(coChair, id);
		String path = "/texts/" + id + "/export?format=akn";
		String etag = send(get(path), reader).getHeader("ETag");
		texts.addProvision(coChair, id);
		assertThat(send(get(path).header("If-None-Match", etag), reader).getStatus())
			.as("the text changed: the file is new").isEqualTo(200);
	}

	@Test
	void aDocumentsFileIsOnRecordOncePerDownloadAndNeverForAHeadOrANotModified() throws Exception {
		Viewer secretariat = fixtures.secretariat();
		DocumentDetail filed = documents.file(secretariat, new DocumentDraft("GID/DOWNLOAD/DOC/"
				+ UUID.randomUUID().toString().substring(0, 6), "Downloaded", DocumentKind.NON_PAPER,
				AuthorKind.CO_CHAIRS, null, Audience.coChairs(), LocalDate.now(), Map.of(LanguageCode.EN, "text")));
		documents.attach(secretariat, filed.id(), LanguageCode.EN, "note.pdf", "%PDF-1.4\n%%EOF\n".getBytes());
		Viewer coChair = fixtures.coChair(Institution.UN);
		for (String path : List.of("/documents/" + filed.id() + "/files/EN", "/api/v1/documents/" + filed.id() + "/files/EN")) {
			long before = entries("document.downloaded", filed.id().toString());
			MockHttpServletResponse delivered = send(get(path), coChair);
			assertThat(delivered.getStatus()).isEqualTo(200);
			assertThat(delivered.getContentAsString()).startsWith("%PDF-1.4");
			String etag = delivered.getHeader("ETag");
			assertThat(entries("document.downloaded", filed.id().toString())).isEqualTo(before + 1);
			assertThat(send(head(path), coChair).getStatus()).isEqualTo(200);
			assertThat(send(get(path).header("If-None-Match", etag), coChair).getStatus()).isEqualTo(304);
			assertThat(send(get(path).header("If-None-Match", "W/" + etag + ", \"other\""), coChair).getStatus())
				.as("a weak or listed tag is the same file").isEqualTo(304);
			assertThat(entries("document.downloaded", filed.id().toString()))
				.as("neither a HEAD nor a 304 is on record: " + path).isEqualTo(before + 1);
		}
		Viewer participant = fixtures.participant("GE");
		assertThat(send(head("/documents/" + filed.id() + "/files/EN"), participant).getStatus())
			.as("a HEAD of what the reader may not see is as absent as a GET").isEqualTo(404);
		assertThat(send(get("/documents/" + filed.id() + "/files/EN").header("If-None-Match", "*"), participant)
			.getStatus()).as("nor does a tag open it").isEqualTo(404);
	}
}
