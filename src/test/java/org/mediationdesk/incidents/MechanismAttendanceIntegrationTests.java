package org.mediationdesk.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.attendance.AttendanceKind;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.Localized;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.FlashMap;

/**
 * A mechanism meeting's attendance: recorded by the co-chairs (a facilitator's among them) and the secretariat,
 * shown on the meeting's page to the mechanism's circle in every language, refused with the reason where the record
 * does not allow it; anyone else records nothing (404) and reads no attendance.
 */
@IntegrationTest
class MechanismAttendanceIntegrationTests {

	@Autowired
	Mechanisms mechanisms;

	@Autowired
	MechanismAttendance attendance;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	private String mechanism(Viewer desk) {
		Random random = new Random();
		StringBuilder code = new StringBuilder("AT");
		for (int i = 0; i < 3; i++) {
			code.append((char) ('A' + random.nextInt(26)));
		}
		mechanisms.register(desk, new NewMechanism(code.toString(), Localized.english("Attendance mechanism"),
				Localized.english("A line"), List.of(Institution.OSCE), List.of(fixtures.group("GE").id(),
						fixtures.group("SO").id()), null, Rhythm.MONTHLY));
		return code.toString();
	}

	private String page(Viewer viewer, String path, Locale locale) throws Exception {
		MockHttpServletRequestBuilder request = get(path).locale(locale);
		if (viewer != null) {
			request = request.with(authentication(Fixtures.authentication(viewer)));
		}
		MockHttpServletResponse response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
		response.setCharacterEncoding("UTF-8");
		return response.getContentAsString();
	}

	@Test
	void theDeskRecordsWhoAttendedAndTheCircleReadsItInEveryLanguage() throws Exception {
		Viewer desk = fixtures.secretariat();
		String code = mechanism(desk);
		MechanismMeetingView meeting = mechanisms.schedule(desk, code, new NewMechanismMeeting(MechanismMeetingKind.REGULAR,
				LocalDate.of(2026, 5, 4), TimePrecision.DAY, "Ergneti tent", List.of()));
		String path = "/mechanisms/" + code + "/meetings/" + meeting.id();
		Viewer facilitator = fixtures.coChair(Institution.OSCE);
		FlashMap done = mvc.perform(post(path + "/attendance").with(authentication(Fixtures.authentication(facilitator)))
				.with(csrf()).param("attendee", "group:GE").param("kind", "PRESENT"))
			.andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
		assertThat(done.get("notice")).isEqualTo("attendance.recorded");
		attendance.record(desk, code, meeting.id(), "facilitator:OSCE", AttendanceKind.PRESENT);
		attendance.record(desk, code, meeting.id(), "group:SO", AttendanceKind.DID_NOT_ATTEND);
		attendance.record(desk, code, meeting.id(), "group:GE", AttendanceKind.WALKED_OUT);

		String english = page(desk, path, Locale.ENGLISH);
		assertThat(english).contains("id=\"meeting-attendance\"", "OSCE, facilitator", "Walked out", "Did not attend",
				"Entries, in order", "name=\"kind\" value=\"RETURNED\"");
		assertThat(page(desk, path, Locale.forLanguageTag("ru"))).contains("Присутствие", "ОБСЕ, фасилитатор");
		assertThat(page(desk, path, Locale.forLanguageTag("ka"))).contains("დასწრება", "ეუთო, ფასილიტატორი");
		String participant = page(fixtures.participant("SO"), path, Locale.ENGLISH);
		assertThat(participant).contains("id=\"meeting-attendance\"", "Walked out")
			.doesNotContain("name=\"kind\"");
		for (Viewer outside : new Viewer[] { fixtures.participant("AB"), null }) {
			assertThat(page(outside, path, Locale.ENGLISH)).as("not of the circle").doesNotContain("meeting-attendance",
					"Walked out");
		}
		assertThat(attendance.attendance(desk, code, meeting.id()).entries()).hasSize(4);
	}

	@Test
	void refusesWhatTheRecordDoesNotAllowWithTheReasonAndNobodyElseRecords() throws Exception {
		Viewer desk = fixtures.secretariat();
		String code = mechanism(desk);
		MechanismMeetingView meeting = mechanisms.schedule(desk, code, new NewMechanismMeeting(MechanismMeetingKind.REGULAR,
				LocalDate.of(2026, 6, 4), TimePrecision.DAY, null, List.of()));
		String path = "/mechanisms/" + code + "/meetings/" + meeting.id() + "/attendance";
		FlashMap refused = mvc.perform(post(path).with(authentication(Fixtures.authentication(desk))).with(csrf())
				.param("attendee", "group:GE").param("kind", "WALKED_OUT")).andReturn().getFlashMap();
		assertThat(refused.get("problem")).isEqualTo("mechanisms.walkoutNotSeated");
		FlashMap stranger = mvc.perform(post(path).with(authentication(Fixtures.authentication(desk))).with(csrf())
				.param("attendee", "group:AB").param("kind", "PRESENT")).andReturn().getFlashMap();
		assertThat(stranger.get("problem")).as("Sukhum(i) is not of this mechanism").isEqualTo("mechanisms.attendeeRequired");
		for (Viewer outside : List.of(fixtures.participant("GE"), fixtures.participant("AB"), fixtures.admin())) {
			mvc.perform(post(path).with(authentication(Fixtures.authentication(outside))).with(csrf())
				.param("attendee", "group:GE").param("kind", "PRESENT")).andExpect(status().isNotFound());
		}
		mechanisms.notHeld(desk, code, meeting.id(), true);
		FlashMap postponed = mvc.perform(post(path).with(authentication(Fixtures.authentication(desk))).with(csrf())
				.param("attendee", "group:GE").param("kind", "PRESENT")).andReturn().getFlashMap();
		assertThat(postponed.get("problem")).isEqualTo("mechanisms.attendanceNotHeld");
		assertThat(attendance.attendance(desk, code, meeting.id()).entries()).isEmpty();
	}
}
