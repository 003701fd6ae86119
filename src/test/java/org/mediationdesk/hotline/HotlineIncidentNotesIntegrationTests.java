package org.mediationdesk.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.incidents.IncidentKind;
import org.mediationdesk.incidents.IncidentRegister;
import org.mediationdesk.incidents.Mechanisms;
import org.mediationdesk.incidents.NewIncident;
import org.mediationdesk.incidents.NewMechanism;
import org.mediationdesk.incidents.Place;
import org.mediationdesk.incidents.PlacePrecision;
import org.mediationdesk.incidents.Rhythm;
import org.mediationdesk.incidents.TimePrecision;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.Localized;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An incident's page lists the hotline activations about it, as the log shows them to the reader: a message
 * confided to the operator is the sender's and the operator's until relayed, then the addressee's too; a participant
 * outside the mechanism's circle finds no incident at all.
 */
@IntegrationTest
class HotlineIncidentNotesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Mechanisms mechanisms;

	@Autowired
	IncidentRegister register;

	@Autowired
	Hotline hotline;

	@Test
	void listsTheActivationsAboutAnIncidentToWhoeverReadsThem() throws Exception {
		Viewer desk = fixtures.secretariat();
		Viewer tbilisi = fixtures.participant("GE");
		Viewer tskhinvali = fixtures.participant("SO");
		String code = "H" + letters(4);
		mechanisms.register(desk, new NewMechanism(code, Localized.english("Notes mechanism"), Localized.english("A line"),
				List.of(Institution.EU), List.of(tbilisi.groupId(), tskhinvali.groupId()), null, Rhythm.MONTHLY));
		String id = register.report(tbilisi, new NewIncident(code, IncidentKind.DETENTION, List.of(), "2026-03-14",
				TimePrecision.DAY, new Place("near the line", PlacePrecision.ALONG_THE_LINE, null, null), null, null, null,
				"A resident was detained.", null), LanguageCode.EN).publicId();
		ActivationView about = hotline.activate(tbilisi, new NewActivation(code, List.of("SO"), Urgency.URGENT,
				"Detention at the line", "Please confirm the whereabouts.", id, null, null));
		hotline.activate(tbilisi, new NewActivation(code, List.of("SO"), Urgency.ROUTINE, "Another matter",
				"Not about it.", null, null, null));

		assertThat(page(tbilisi, id)).contains("Detention at the line", "urgent", "with the operator",
				"/hotline#activation-" + about.id()).doesNotContain("Another matter");
		assertThat(page(tskhinvali, id)).doesNotContain("Detention at the line").contains("No hotline activation");
		hotline.relay(desk, about.id());
		assertThat(page(tskhinvali, id)).contains("Detention at the line", "awaiting acknowledgement");
		mvc.perform(get("/incidents/" + id).with(as(fixtures.participant("AB")))).andExpect(status().isNotFound());
	}

	private String page(Viewer viewer, String id) throws Exception {
		return mvc.perform(get("/incidents/" + id).with(as(viewer))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private static RequestPostProcessor as(Viewer viewer) {
		return authentication(Fixtures.authentication(viewer));
	}

	private static String letters(int count) {
		Random random = new Random();
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < count; i++) {
			letters.append((char) ('A' + random.nextInt(26)));
		}
		return letters.toString();
	}
}
