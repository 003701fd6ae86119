package org.mediationdesk.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The reference record's recurring commitments, each with the rounds that moved it and its sources, in every
 * language; and the commitments as files (CSV, Akoma Ntoso) in each language, holding only what the reader sees.
 */
@IntegrationTest
class CommitmentFilesIntegrationTests {

	@Autowired
	Commitments commitments;

	@Autowired
	CommitmentViews views;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Test
	void theReferenceRecordCarriesTheRecurringCommitmentsWithTheirRoundsAndSources() {
		for (String code : List.of("non-use-of-force", "gali-mechanism-resumption", "return-of-displaced-persons",
				"freedom-of-movement", "missing-persons", "transit-and-transport-links")) {
			CommitmentView commitment = views.commitment(Viewer.anonymous(), code, LanguageCode.KA);
			assertThat(commitment.title().ru()).as(code).isNotBlank();
			assertThat(commitment.title().ka()).as(code).isNotBlank();
			assertThat(commitment.steps()).as(code).isNotEmpty()
				.allSatisfy(step -> {
					assertThat(step.sourceLink()).startsWith("http");
					assertThat(step.note().ru()).isNotBlank();
					assertThat(step.note().ka()).isNotBlank();
				});
		}
		assertThat(views.commitment(Viewer.anonymous(), "non-use-of-force", LanguageCode.EN).rounds())
			.contains(2, 57, 63);
		assertThat(views.list(Viewer.anonymous(), new CommitmentFilter(CommitmentStatus.STALLED, null, null),
				LanguageCode.EN)).extracting(CommitmentView::code).contains("gali-mechanism-resumption",
						"return-of-displaced-persons");
		assertThat(views.list(Viewer.anonymous(), new CommitmentFilter(null, "SO", 54), LanguageCode.EN))
			.extracting(CommitmentView::code).contains("freedom-of-movement").doesNotContain("non-use-of-force");
	}

	@Test
	void writesTheFilesInEachLanguageWithOnlyWhatTheReaderSees() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.UN);
		String hidden = "Confidential file check " + System.nanoTime();
		commitments.record(coChair, new NewCommitment(hidden, null, null, "Kept for the co-chairs.", null, null,
				new Makers(List.of(), true, null), new CommitmentSource(SourceKind.ROUND_DECISION, 5, null, null),
				Audience.coChairs(), new NewProgress(5, CommitmentStatus.RAISED, "The question was raised.", null, null)),
				LanguageCode.EN);
		String publicCsv = body("/commitments/export?format=csv&language=en", Viewer.anonymous());
		assertThat(publicCsv).contains("\"Non-use of force\"", "\"Stalled\"").doesNotContain(hidden);
		assertThat(body("/commitments/export?format=csv&language=en", coChair)).contains(hidden);
		assertThat(body("/commitments/export?format=csv&language=ru", Viewer.anonymous()))
			.contains("\"Неприменение силы\"", "\"Без движения\"");
		String akn = body("/commitments/export?format=akn&language=ka", Viewer.anonymous());
		assertThat(akn).contains("<doc name=\"commitments\">", "FRBRlanguage language=\"kat\"", "ძალის გამოუყენებლობა")
			.doesNotContain(hidden);
		assertThat(body("/commitments/export?format=akn&language=ru", Viewer.anonymous()))
			.contains("FRBRlanguage language=\"rus\"", "Неприменение силы");
	}

	private String body(String path, Viewer viewer) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path);
		if (!viewer.isAnonymous()) {
			request.with(authentication(Fixtures.authentication(viewer)));
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
