package org.mediationdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What of a meeting each viewer reads ({@link MeetingAudience}): that a meeting takes place, its kind, day and time
 * are public; the topic and place of a meeting in a closed circle (a sideline meeting, a shuttle visit, a co-chairs'
 * consultation) are for the co-chairs and secretariat and the groups invited to it, and left out for another group,
 * the public and administrators; a meeting announced with its topic (an information session) shows it to everyone.
 */
@IntegrationTest
class MeetingAudienceIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	@Autowired
	RoundRecord record;

	@Autowired
	RoundManagement roundManagement;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	private String read(MockHttpServletRequestBuilder request, Viewer viewer) throws Exception {
		if (!viewer.isAnonymous()) {
			request.with(authentication(Fixtures.authentication(viewer)));
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theTopicAndPlaceOfAClosedMeetingAreForItsInvitedGroupsAndTheMediatorsOnly() throws Exception {
		Viewer secretariat = fixtures.secretariat();
		int number = roundManagement.convene(secretariat, TODAY.plusDays(20), TODAY.plusDays(21), null, false).number();
		MeetingView sideline = roundManagement.addMeeting(secretariat, number, new NewMeeting(MeetingKind.SIDELINE_MEETING,
				"Medical cooperation across the line", TODAY.plusDays(20), LocalTime.of(16, 30), "Room Sideline-7", null,
				List.of("AB")));
		MeetingView session = roundManagement.addMeeting(secretariat, number, new NewMeeting(
				MeetingKind.INFORMATION_SESSION, "Women, peace and security", TODAY.plusDays(20), LocalTime.of(10, 0),
				"Room Info-3", null, List.of("GE", "AB", "SO", "RU", "US")));

		for (Viewer mediator : List.of(fixtures.coChair(Institution.UN), secretariat)) {
			MeetingView full = record.meeting(mediator, number, sideline.id());
			assertThat(full.topic()).isEqualTo("Medical cooperation across the line");
			assertThat(full.place()).isEqualTo("Room Sideline-7");
			assertThat(full.invitedGroups()).containsExactly("AB");
		}
		MeetingView invited = record.meeting(fixtures.participant("AB"), number, sideline.id());
		assertThat(invited.topic()).as("an invited group").isEqualTo("Medical cooperation across the line");
		assertThat(invited.place()).isEqualTo("Room Sideline-7");
		assertThat(invited.invitedGroups()).as("who else was invited stays the co-chairs'").isEmpty();

		for (Viewer outside : List.of(fixtures.participant("GE"), Viewer.anonymous(), fixtures.admin())) {
			MeetingView shown = record.meeting(outside, number, sideline.id());
			assertThat(shown.topic()).as("topic for %s", outside.username()).isNull();
			assertThat(shown.place()).as("place for %s", outside.username()).isNull();
			assertThat(shown.kind()).isEqualTo(MeetingKind.SIDELINE_MEETING);
			assertThat(shown.heldOn()).isEqualTo(TODAY.plusDays(20));
			assertThat(shown.startsAt()).isEqualTo(LocalTime.of(16, 30));
			assertThat(record.meetingsOn(outside, TODAY.plusDays(20))).extracting(DatedMeeting::meeting)
				.filteredOn(meeting -> meeting.id().equals(sideline.id())).singleElement()
				.satisfies(meeting -> assertThat(meeting.topic()).isNull());
			MeetingView announced = record.meeting(outside, number, session.id());
			assertThat(announced.topic()).as("an information session is announced with its topic")
				.isEqualTo("Women, peace and security");
			assertThat(announced.place()).isEqualTo("Room Info-3");
		}

		// the pages and the API say the same
		String publicPage = read(get("/rounds/" + number), Viewer.anonymous());
		assertThat(publicPage).contains("Women, peace and security", "16:30")
			.doesNotContain("Medical cooperation across the line", "Room Sideline-7");
		assertThat(read(get("/rounds/" + number), fixtures.participant("AB")))
			.contains("Medical cooperation across the line", "Room Sideline-7");
		assertThat(read(get("/api/v1/rounds/" + number + "/meetings"), fixtures.participant("GE")))
			.contains("SIDELINE_MEETING", "Women, peace and security")
			.doesNotContain("Medical cooperation across the line", "Room Sideline-7");
		assertThat(read(get("/api/v1/rounds/" + number + "/meetings"), fixtures.participant("AB")))
			.contains("Medical cooperation across the line", "Room Sideline-7");
		assertThat(read(get("/api/v1/rounds/" + number), Viewer.anonymous()))
			.contains("SIDELINE_MEETING").doesNotContain("Medical cooperation across the line", "Room Sideline-7");
	}

	@Test
	void aShuttleVisitAndACoChairsConsultationAreClosedTooAndAWorkingGroupIsNot() {
		assertThat(MeetingKind.SHUTTLE_VISIT.isClosed()).isTrue();
		assertThat(MeetingKind.CO_CHAIRS_CONSULTATION.isClosed()).isTrue();
		assertThat(MeetingKind.SIDELINE_MEETING.isClosed()).isTrue();
		assertThat(List.of(MeetingKind.WORKING_GROUP_I, MeetingKind.WORKING_GROUP_II, MeetingKind.PLENARY,
				MeetingKind.INFORMATION_SESSION, MeetingKind.EXPERT_GROUP)).noneMatch(MeetingKind::isClosed);
		Viewer coChair = fixtures.coChair(Institution.EU);
		int number = roundManagement.convene(coChair, TODAY.plusDays(30), null, null, false).number();
		MeetingView visit = roundManagement.addMeeting(coChair, number, new NewMeeting(MeetingKind.SHUTTLE_VISIT,
				"Visit to Tskhinval(i)", TODAY.plusDays(30), null, "Tskhinval(i)", null, List.of("SO")));
		assertThat(record.meeting(fixtures.participant("SO"), number, visit.id()).topic()).isEqualTo("Visit to Tskhinval(i)");
		assertThat(record.meeting(fixtures.participant("RU"), number, visit.id()).topic()).isNull();
		assertThat(record.meeting(Viewer.anonymous(), number, visit.id()).place()).isNull();
	}
}
