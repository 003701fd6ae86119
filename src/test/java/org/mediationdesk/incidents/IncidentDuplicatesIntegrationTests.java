package org.mediationdesk.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.Localized;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Likely duplicates are flagged to the co-chairs and secretariat in the register and on the incident's page (same
 * mechanism and kind, within two days, same place name or within 5 km), never to the sides; a merge is confirmed on
 * a page of its own, keeps every account of both under the kept incident's public id, and the duplicate's id leads
 * there.
 */
@IntegrationTest
class IncidentDuplicatesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Mechanisms mechanisms;

	@Autowired
	IncidentRegister register;

	@Test
	void flagsLikelyDuplicatesAndMergesOneKeepingEveryAccount() throws Exception {
		Viewer desk = fixtures.secretariat();
		Viewer tbilisi = fixtures.participant("GE");
		Viewer tskhinvali = fixtures.participant("SO");
		String code = "D" + IncidentMeetingsIntegrationTests.letters(4);
		mechanisms.register(desk, new NewMechanism(code, Localized.english("Duplicates mechanism"), Localized.english("A line"),
				List.of(Institution.EU), List.of(tbilisi.groupId(), tskhinvali.groupId()), null, Rhythm.MONTHLY));
		String a = report(tbilisi, code, IncidentKind.DETENTION, "2026-03-14", new Place("near Odzisi", PlacePrecision.NEAR,
				null, null), 2);
		String b = report(tskhinvali, code, IncidentKind.DETENTION, "2026-03-15", new Place(" Near ODZISI ",
				PlacePrecision.NEAR, null, null), 1);
		String c = report(tbilisi, code, IncidentKind.DETENTION, "2026-03-14", new Place("by the river", PlacePrecision.POINT,
				42.30, 44.00), 1);
		String d = report(tbilisi, code, IncidentKind.DETENTION, "2026-03-16", new Place("by the orchard",
				PlacePrecision.POINT, 42.31, 44.01), 1);
		report(tbilisi, code, IncidentKind.SHOOTING, "2026-03-14", new Place("near Odzisi", PlacePrecision.NEAR, null, null), 0);
		report(tbilisi, code, IncidentKind.DETENTION, "2026-03-20", new Place("near Odzisi", PlacePrecision.NEAR, null, null), 0);

		String deskList = page(desk, "/incidents?mechanism=" + code);
		assertThat(deskList.split("likely-duplicate", -1)).hasSize(5);
		String sideList = page(tbilisi, "/incidents?mechanism=" + code);
		assertThat(sideList).doesNotContain("likely-duplicate");
		// the register drawn: March 2026's bar, divided by kind, and the two points with coordinates, each chart with
		// its title, description and table
		assertThat(sideList).contains("<svg", "id=\"monthly-title\"", "id=\"monthly-desc\"", "data-kind=\"DETENTION\"",
				"data-kind=\"SHOOTING\"", "id=\"monthly-table\"", "2026-03", "id=\"places-title\"", "id=\"places-table\"",
				"by the river", "by the orchard", "4 incidents listed have no coordinates");
		assertThat(page(desk, "/incidents/" + a)).contains("id=\"duplicates\"", "/incidents/" + b + "/merge?into=" + a)
			.doesNotContain("/incidents/" + c + "/merge");
		assertThat(page(desk, "/incidents/" + c)).contains("/incidents/" + d + "/merge?into=" + c);
		assertThat(page(tbilisi, "/incidents/" + a)).doesNotContain("id=\"duplicates\"");

		assertThat(page(desk, "/incidents/" + b + "/merge?into=" + a)).contains("id=\"merge-form\"",
				"takes in the 1 account of " + b);
		mvc.perform(get("/incidents/" + b + "/merge").param("into", a).with(as(tbilisi))).andExpect(status().isNotFound());
		mvc.perform(post("/incidents/" + b + "/merge").param("into", a).with(as(tbilisi)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/incidents/" + b + "/merge").param("into", a).with(as(desk)).with(csrf()))
			.andExpect(redirectedUrl("/incidents/" + a));

		mvc.perform(get("/api/v1/incidents/" + a).with(as(tskhinvali))).andExpect(status().isOk())
			.andExpect(jsonPath("$.publicId").value(a))
			.andExpect(jsonPath("$.accounts.length()").value(2))
			.andExpect(jsonPath("$.accounts[?(@.groupCode == 'SO')].mergedFrom").value(org.hamcrest.Matchers.hasItem(b)))
			.andExpect(jsonPath("$.mergedIds[0]").value(b))
			.andExpect(jsonPath("$.figures.detained.best").value(1))
			.andExpect(jsonPath("$.disputed").value(true));
		mvc.perform(get("/api/v1/incidents/" + b).with(as(tskhinvali))).andExpect(jsonPath("$.publicId").value(a));
		mvc.perform(get("/incidents/" + b).with(as(tskhinvali))).andExpect(redirectedUrl("/incidents/" + a));
		assertThat(page(tskhinvali, "/incidents/" + a)).contains("Came with " + b);
		mvc.perform(get("/api/v1/incidents").param("mechanism", code).with(as(tbilisi)))
			.andExpect(jsonPath("$.total").value(5));
		mvc.perform(post("/api/v1/incidents/" + b + "/merge").with(as(desk)).contentType("application/json")
			.content("{\"into\": \"" + a + "\"}")).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/incidents/" + d + "/merge").with(as(tbilisi)).contentType("application/json")
			.content("{\"into\": \"" + c + "\"}")).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/incidents/" + d + "/merge").with(as(desk)).contentType("application/json")
			.content("{\"into\": \"" + c + "\"}")).andExpect(status().isOk()).andExpect(jsonPath("$.publicId").value(c));
		mvc.perform(post("/api/v1/incidents/" + c + "/merge").with(as(desk)).contentType("application/json")
			.content("{}")).andExpect(status().isBadRequest());
	}

	private String report(Viewer viewer, String code, IncidentKind kind, String day, Place place, int detained) {
		Counts figures = new Counts(null, null, new Counts.Count(null, detained, null));
		return register.report(viewer, new NewIncident(code, kind, List.of(), day, TimePrecision.DAY, place, null, null,
				figures, "Reported by this side.", null), LanguageCode.EN).publicId();
	}

	private String page(Viewer viewer, String path) throws Exception {
		return mvc.perform(get(path).with(as(viewer))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private static RequestPostProcessor as(Viewer viewer) {
		return authentication(Fixtures.authentication(viewer));
	}
}
