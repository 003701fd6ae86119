package org.mediationdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The reference record of the Geneva International Discussions, as loaded at first start and as shown. */
@IntegrationTest
class RoundRecordIntegrationTests {

	@Autowired
	RoundRecord record;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Test
	void holdsSixtyFourNumberedRounds() {
		// other tests may convene later rounds; the reference record itself is rounds 1 to 64
		RoundPage first = record.timeline(0);
		assertThat(first.total()).isGreaterThanOrEqualTo(64);
		assertThat(first.items()).hasSize(RoundPage.PAGE_SIZE);
		assertThat(first.items().get(0).number()).isEqualTo((int) first.total());
		RoundPage last = record.timeline(first.totalPages() - 1);
		assertThat(last.items().get(last.items().size() - 1).number()).isEqualTo(1);
		IntStream.rangeClosed(1, 64).forEach(number -> assertThat(record.round(Viewer.anonymous(), number).number())
			.isEqualTo(number));
		assertThatThrownBy(() -> record.round(Viewer.anonymous(), (int) first.total() + 1))
			.isInstanceOf(DeskException.NotFound.class);
	}

	@Test
	void recordsTheFirstRoundAsCollapsed() {
		RoundView first = record.round(Viewer.anonymous(), 1);
		assertThat(first.startDate()).isEqualTo(LocalDate.of(2008, 10, 15));
		assertThat(first.status()).isEqualTo(RoundStatus.COLLAPSED);
	}

	@Test
	void recordsTheDatesOfTheSecondFifthAndLastRounds() {
		RoundView second = record.round(Viewer.anonymous(), 2);
		assertThat(second.startDate()).isEqualTo(LocalDate.of(2008, 11, 18));
		assertThat(second.endDate()).isEqualTo(LocalDate.of(2008, 11, 19));
		RoundView fifth = record.round(Viewer.anonymous(), 5);
		assertThat(fifth.startDate()).isEqualTo(LocalDate.of(2009, 5, 18));
		assertThat(fifth.endDate()).isEqualTo(LocalDate.of(2009, 5, 19));
		RoundView last = record.round(Viewer.anonymous(), 64);
		assertThat(last.startDate()).isEqualTo(LocalDate.of(2025, 6, 25));
		assertThat(last.endDate()).isEqualTo(LocalDate.of(2025, 6, 26));
		assertThat(record.round(Viewer.anonymous(), 51).postponements()).isNotEmpty();
	}

	@Test
	void leavesUnknownDatesUnknown() {
		RoundView eleventh = record.round(Viewer.anonymous(), 11);
		assertThat(eleventh.startDate()).isNull();
		assertThat(eleventh.endDate()).isNull();
		assertThat(eleventh.dateNote()).isNotBlank();
	}

	@Test
	void hasTheStandingAgendaOfBothWorkingGroups() {
		assertThat(record.agenda()).extracting(AgendaItemView::workingGroup).contains(WorkingGroup.WG1, WorkingGroup.WG2);
		assertThat(record.agenda()).extracting(AgendaItemView::code).contains("IDP");
	}

	@Test
	void recordsRelatedMeetingsApartFromTheRounds() throws Exception {
		assertThat(record.relatedMeetings()).singleElement().satisfies(meeting -> {
			assertThat(meeting.groups()).containsExactly("RU", "AB", "SO");
			assertThat(meeting.place()).isEqualTo("Moscow");
			assertThat(meeting.heldOn()).isNull();
		});
		assertThat(mvc.perform(get("/rounds")).andReturn().getResponse().getContentAsString())
			.contains("related-meetings").contains("Not a round of the talks");
	}

	@Test
	void showsTheCoChairsNoteOnlyToCoChairsAndSecretariat() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.EU);
		int number = IntStream.rangeClosed(1, 64)
			.filter(candidate -> record.round(coChair, candidate).internalNote() != null)
			.findFirst()
			.orElseThrow();
		String note = record.round(coChair, number).internalNote();
		assertThat(record.round(fixtures.participant("GE"), number).internalNote()).isNull();
		assertThat(record.round(fixtures.admin(), number).internalNote()).isNull();

		String publicPage = mvc.perform(get("/rounds/{number}", number)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(publicPage).doesNotContain("internal-note");
		String coChairPage = mvc.perform(get("/rounds/{number}", number).with(authentication(Fixtures.authentication(coChair))))
			.andReturn().getResponse().getContentAsString();
		assertThat(coChairPage).contains("internal-note");
		assertThat(coChairPage.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&")).contains(note);
		mvc.perform(get("/api/v1/rounds/{number}", number).with(authentication(Fixtures.authentication(fixtures.participant("RU")))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.internalNote").doesNotExist());
	}

	@Test
	void servesThePublicRecordOverJsonWithoutAToken() throws Exception {
		mvc.perform(get("/api/v1/rounds/5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value(5))
			.andExpect(jsonPath("$.internalNote").doesNotExist());
		mvc.perform(get("/api/v1/rounds/5/attendance"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].group").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue())));
		mvc.perform(get("/api/v1/rounds/5").header("Authorization", "Bearer mdt_not-a-token"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/documents")).andExpect(status().isUnauthorized());
	}

	@Test
	void refusesPlanningToOthersBeforeReadingTheirRequest() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/rounds")
			.with(authentication(Fixtures.authentication(fixtures.participant("GE"))))
			.contentType("application/json")
			.content("{\"start\": \"not a date\", \"unknown\": [")).andExpect(status().isNotFound());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/rounds/5/attendance")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("meetingId", "not-a-uuid")
			.param("kind", "NONSENSE")).andExpect(status().isNotFound());
	}

	@Test
	void showsThePublicTimelineWithoutLogin() throws Exception {
		String page = mvc.perform(get("/rounds")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// other tests convene rounds after the 64th: the first page shows the latest, whichever it is
		assertThat(page).contains("Round " + record.latestNumber().orElseThrow() + "<")
			.contains("Geneva International Discussions")
			.doesNotContain("Round 40<");
		int lastPage = record.timeline(0).totalPages() - 1;
		String last = mvc.perform(get("/rounds?page=" + lastPage)).andReturn().getResponse().getContentAsString();
		assertThat(last).contains("Round 1<").contains("Collapsed");
	}
}
