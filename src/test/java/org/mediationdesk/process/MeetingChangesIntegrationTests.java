package org.mediationdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;


import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Meetings that can be fixed: the co-chairs and secretariat change a meeting and remove one in which nothing is
 * recorded, every change audited; a meeting lies within its round's dates, has its topic where its kind needs one
 * and has groups invited; a postponed round takes its meetings with it; a round is not held before it starts.
 */
@IntegrationTest
class MeetingChangesIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	private static final List<String> EVERYONE = List.of("GE", "AB", "SO", "RU", "US");

	@Autowired
	RoundRecord record;

	@Autowired
	org.mediationdesk.process.RoundManagement roundManagement;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void changesAMeetingAndKeepsTheChangeInTheAuditLog() {
		Viewer secretariat = fixtures.secretariat();
		int number = roundManagement.convene(secretariat, TODAY.plusDays(10), TODAY.plusDays(11), null, false).number();
		MeetingView session = roundManagement.addMeeting(secretariat, number, new NewMeeting(MeetingKind.INFORMATION_SESSION,
				"Water", TODAY.plusDays(10), LocalTime.of(15, 0), "Room XII", null, List.of("GE", "AB")));
		MeetingView changed = roundManagement.changeMeeting(secretariat, number, session.id(), new NewMeeting(
				MeetingKind.SIDELINE_MEETING, "Water and the environment", TODAY.plusDays(11), LocalTime.of(9, 30),
				"Room VII", "the EU and OSCE co-chairs", List.of("GE", "AB", "RU")));
		assertThat(changed.kind()).isEqualTo(MeetingKind.SIDELINE_MEETING);
		assertThat(record.meeting(secretariat, number, session.id())).satisfies(meeting -> {
			assertThat(meeting.heldOn()).isEqualTo(TODAY.plusDays(11));
			assertThat(meeting.startsAt()).isEqualTo(LocalTime.of(9, 30));
			assertThat(meeting.place()).isEqualTo("Room VII");
			assertThat(meeting.invitedGroups()).containsExactly("GE", "AB", "RU");
		});
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'round.meeting_changed' AND object_id = :n")
			.param("n", String.valueOf(number)).query(Long.class).single()).isEqualTo(1);
		assertThat(record.meeting(Viewer.anonymous(), number, session.id()).invitedGroups())
			.as("who was invited is for the co-chairs").isEmpty();
	}

	@Test
	void refusesAMeetingOutsideItsRoundWithoutItsTopicOrWithNobodyInvited() {
		Viewer coChair = fixtures.coChair(Institution.OSCE);
		int number = roundManagement.convene(coChair, TODAY.plusDays(20), TODAY.plusDays(21), null, false).number();
		assertThatThrownBy(() -> roundManagement.addMeeting(coChair, number, new NewMeeting(MeetingKind.PLENARY, null,
				TODAY.plusDays(22), null, null, null, EVERYONE)))
			.isInstanceOf(DeskException.Invalid.class)
			.hasMessage("meeting.outsideRound");
		assertThatThrownBy(() -> roundManagement.addMeeting(coChair, number, new NewMeeting(MeetingKind.INFORMATION_SESSION,
				" ", TODAY.plusDays(20), null, null, null, EVERYONE)))
			.hasMessage("meeting.topicRequired");
		assertThatThrownBy(() -> roundManagement.addMeeting(coChair, number, new NewMeeting(MeetingKind.PLENARY, null,
				TODAY.plusDays(20), null, null, null, List.of())))
			.as("an empty plenary")
			.hasMessage("meeting.invitedRequired");
		MeetingView plenary = roundManagement.addMeeting(coChair, number, new NewMeeting(MeetingKind.PLENARY, null,
				TODAY.plusDays(21), null, null, null, EVERYONE));
		assertThatThrownBy(() -> roundManagement.changeMeeting(coChair, number, plenary.id(), new NewMeeting(MeetingKind.PLENARY,
				null, TODAY.plusDays(19), null, null, null, EVERYONE)))
			.hasMessage("meeting.outsideRound");
		assertThat(record.meetings(number)).hasSize(3);
	}

	@Test
	void removesAMeetingInWhichNothingIsRecordedAndKeepsItInTheAuditLog() {
		Viewer coChair = fixtures.coChair(Institution.UN);
		int number = roundManagement.convene(coChair, TODAY.plusDays(30), null, null, false).number();
		MeetingView visit = roundManagement.addMeeting(coChair, number, new NewMeeting(MeetingKind.SHUTTLE_VISIT, "Tskhinval(i)",
				TODAY.plusDays(30), null, null, null, List.of("SO")));
		assertThatThrownBy(() -> roundManagement.removeMeeting(fixtures.participant("GE"), number, visit.id()))
			.isInstanceOf(DeskException.NotFound.class);
		roundManagement.removeMeeting(coChair, number, visit.id());
		assertThat(record.meetings(number)).extracting(MeetingView::id).doesNotContain(visit.id());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'round.meeting_removed' AND object_id = :n")
			.param("n", String.valueOf(number)).query(Long.class).single()).isEqualTo(1);
		assertThatThrownBy(() -> roundManagement.removeMeeting(coChair, number, visit.id()))
			.isInstanceOf(DeskException.NotFound.class);
		MeetingView workingGroup = record.meetings(number).get(0);
		assertThatThrownBy(() -> roundManagement.removeMeeting(coChair, 5, workingGroup.id()))
			.as("a meeting of another round")
			.isInstanceOf(DeskException.NotFound.class);
	}

	@Test
	void movesTheMeetingsWithAPostponedRoundAndSaysWhichKeepTheirDates() {
		Viewer coChair = fixtures.coChair(Institution.EU);
		int number = roundManagement.convene(coChair, TODAY.plusDays(40), TODAY.plusDays(41), null, false).number();
		MeetingView second = roundManagement.addMeeting(coChair, number, new NewMeeting(MeetingKind.INFORMATION_SESSION,
				"Crossings", TODAY.plusDays(41), null, null, null, EVERYONE));
		PostponementOutcome outcome = roundManagement.postpone(coChair, number, TODAY.plusDays(47), TODAY.plusDays(47),
				"Dates agreed after consultations", true);
		assertThat(outcome.meetingsMoved()).extracting(MeetingView::kind)
			.containsExactly(MeetingKind.WORKING_GROUP_I, MeetingKind.WORKING_GROUP_II);
		assertThat(outcome.meetingsKeepingTheirDates()).extracting(MeetingView::id)
			.as("a week later the round is one day long: the second day's session cannot move into it")
			.containsExactly(second.id());
		assertThat(record.meetings(number)).filteredOn(meeting -> meeting.kind() == MeetingKind.WORKING_GROUP_I)
			.extracting(MeetingView::heldOn)
			.containsExactly(TODAY.plusDays(47));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'round.meeting_changed' AND object_id = :n")
			.param("n", String.valueOf(number)).query(Long.class).single()).isEqualTo(2);

		PostponementOutcome kept = roundManagement.postpone(coChair, number, TODAY.plusDays(50), null, "Again", false);
		assertThat(kept.meetingsMoved()).isEmpty();
		assertThat(kept.meetingsKeepingTheirDates()).hasSize(3);
	}

	@Test
	void refusesToMarkARoundHeldBeforeItsFirstDayAndDoesNotOfferIt() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.UN);
		int number = roundManagement.convene(coChair, TODAY.plusYears(1), null, null, false).number();
		assertThatThrownBy(() -> roundManagement.change(coChair, number, RoundAction.MARK_HELD, null))
			.isInstanceOf(DeskException.Conflict.class)
			.hasMessage("round.heldBeforeStart");
		assertThat(record.round(coChair, number).availableActions()).doesNotContain(RoundAction.MARK_HELD)
			.contains(RoundAction.POSTPONE);
		String page = mvc.perform(get("/rounds/" + number).with(as(coChair))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("value=\"MARK_HELD\"").contains("id=\"held-later\"", "id=\"postpone-section\"");
	}

	@Test
	void changesAndRemovesMeetingsOverTheApiForTheCoChairsOnly() throws Exception {
		Viewer secretariat = fixtures.secretariat();
		int number = roundManagement.convene(secretariat, TODAY.plusDays(60), TODAY.plusDays(61), null, false).number();
		MeetingView session = roundManagement.addMeeting(secretariat, number, new NewMeeting(MeetingKind.EXPERT_GROUP, "Water",
				TODAY.plusDays(60), null, null, null, List.of("GE", "AB")));
		String path = "/api/v1/rounds/" + number + "/meetings/" + session.id();
		mvc.perform(patch(path).with(as(secretariat)).contentType("application/json")
			.content("{\"startsAt\": \"14:00\", \"place\": \"Room VII\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.place").value("Room VII"))
			.andExpect(jsonPath("$.topic").value("Water"));
		mvc.perform(patch(path).with(as(secretariat)).contentType("application/json").content("{\"invitedGroups\": []}"))
			.andExpect(status().isBadRequest());
		mvc.perform(patch(path).with(as(fixtures.participant("GE"))).contentType("application/json").content("{}"))
			.andExpect(status().isNotFound());
		mvc.perform(delete(path).with(as(fixtures.participant("GE")))).andExpect(status().isNotFound());
		mvc.perform(delete(path).with(as(secretariat))).andExpect(status().isNoContent());
		mvc.perform(delete(path).with(as(secretariat))).andExpect(status().isNotFound());
	}

	@Test
	void keepsWhatWasTypedInTheMeetingAndConveneFormsAndPutsTheMessageByTheField() throws Exception {
		Viewer secretariat = fixtures.secretariat();
		int number = roundManagement.convene(secretariat, TODAY.plusDays(70), null, null, false).number();
		MvcResult refused = mvc.perform(post("/rounds/" + number + "/meetings").with(csrf()).with(as(secretariat))
			.param("kind", "PLENARY").param("heldOn", TODAY.plusDays(75).toString()).param("place", "Salle des Pas Perdus")
			.param("invitedGroups", "GE", "AB"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(refused.getFlashMap().get("problem")).isEqualTo("meeting.outsideRound");
		String page = mvc.perform(get("/rounds/" + number).with(as(secretariat)).flashAttrs(refused.getFlashMap()))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("value=\"Salle des Pas Perdus\"", "id=\"problem-heldOn\"",
				"value=\"" + TODAY.plusDays(75) + "\"");
		assertThat(page).containsPattern("value=\"AB\"[^>]*checked").doesNotContainPattern("value=\"RU\"[^>]*checked");

		MvcResult convene = mvc.perform(post("/rounds").with(csrf()).with(as(secretariat))
			.param("start", "2031-06-02").param("end", "2031-06-01").param("venue", "Geneva, Palais des Nations"))
			.andReturn();
		assertThat(convene.getFlashMap().get("problemField")).isEqualTo("end");
		String list = mvc.perform(get("/rounds").with(as(secretariat)).flashAttrs(convene.getFlashMap()))
			.andReturn().getResponse().getContentAsString();
		assertThat(list).contains("value=\"Geneva, Palais des Nations\"", "value=\"2031-06-02\"", "id=\"problem-end\"");
	}

	private static RequestPostProcessor as(Viewer viewer) {
		return authentication(Fixtures.authentication(viewer));
	}

}
