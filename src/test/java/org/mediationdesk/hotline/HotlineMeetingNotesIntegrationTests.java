package org.mediationdesk.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.incidents.MechanismMeetingKind;
import org.mediationdesk.incidents.MechanismMeetingNotes.Note;
import org.mediationdesk.incidents.MechanismMeetingView;
import org.mediationdesk.incidents.Mechanisms;
import org.mediationdesk.incidents.NewMechanism;
import org.mediationdesk.incidents.NewMechanismMeeting;
import org.mediationdesk.incidents.Rhythm;
import org.mediationdesk.incidents.TimePrecision;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.Localized;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each meeting page says "hotline activations on N issues since the previous meeting", counted exactly from the
 * log: from the day after the previous meeting to the end of the meeting's day, only what the whole circle reads,
 * one issue per incident or per subject.
 */
@IntegrationTest
class HotlineMeetingNotesIntegrationTests {

	@Autowired
	Mechanisms mechanisms;

	@Autowired
	HotlineMeetingNotes notes;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Test
	void countsTheActivationsAndIssuesBetweenTwoMeetingsExactly() throws Exception {
		Viewer desk = fixtures.secretariat();
		Viewer tbilisi = fixtures.participant("GE");
		String code = code();
		mechanisms.register(desk, new NewMechanism(code, Localized.english("Counting mechanism"),
				Localized.english("A line"), List.of(Institution.EU), List.of(fixtures.group("GE").id(),
						fixtures.group("SO").id()), null, Rhythm.MONTHLY));
		MechanismMeetingView first = mechanisms.schedule(desk, code, new NewMechanismMeeting(MechanismMeetingKind.REGULAR,
				LocalDate.of(2005, 3, 1), TimePrecision.DAY, null, List.of()));
		MechanismMeetingView second = mechanisms.schedule(desk, code, new NewMechanismMeeting(MechanismMeetingKind.REGULAR,
				LocalDate.of(2005, 4, 1), TimePrecision.DAY, null, List.of()));
		HotlineIntegrationTestsSupport support = HotlineIntegrationTestsSupport.of(context);
		send(support, desk, code, "2005-02-28T10:00:00Z", "Before the first");
		send(support, desk, code, "2005-03-01T23:00:00Z", "On the first meeting's day");
		send(support, desk, code, "2005-03-02T00:00:00Z", "Water access");
		send(support, desk, code, "2005-03-10T08:00:00Z", "  water ACCESS ");
		send(support, desk, code, "2005-03-20T08:00:00Z", "Fences");
		support.at(new ControlledClock(Instant.parse("2005-03-21T08:00:00Z"))).activate(tbilisi, new NewActivation(code,
				List.of("SO"), Urgency.URGENT, "Confided, never relayed", "With the operator only.", null, null, null));
		send(support, desk, code, "2005-04-01T23:59:59Z", "On the second meeting's day");
		send(support, desk, code, "2005-04-02T00:00:00Z", "After the second");

		Note note = notes.note(tbilisi, mechanisms.meeting(tbilisi, code, second.id())).orElseThrow();
		assertThat(note.key()).isEqualTo("hotline.sinceMeeting");
		assertThat(note.arguments()).containsExactly(4, 3);
		Note start = notes.note(tbilisi, mechanisms.meeting(tbilisi, code, first.id())).orElseThrow();
		assertThat(start.key()).isEqualTo("hotline.sinceStart");
		assertThat(start.arguments()).containsExactly(2, 2);
		assertThat(notes.note(fixtures.participant("AB"), mechanisms.meeting(fixtures.participant("AB"), code, second.id())))
			.as("outside the circle").isEmpty();
		String page = mvc.perform(get("/mechanisms/" + code + "/meetings/" + second.id())
				.with(authentication(Fixtures.authentication(tbilisi))).locale(Locale.ENGLISH))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("4 hotline activations on 3 issues since the previous meeting");
		String russian = mvc.perform(get("/mechanisms/" + code + "/meetings/" + second.id())
				.with(authentication(Fixtures.authentication(tbilisi))).locale(Locale.forLanguageTag("ru")))
			.andReturn().getResponse().getContentAsString();
		assertThat(russian).contains("4 вызова горячей линии по 3 вопросам с предыдущей встречи");
	}

	private String meetingPage(Viewer viewer, String code, MechanismMeetingView meeting, Locale locale) throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/mechanisms/" + code + "/meetings/" + meeting.id())
				.with(authentication(Fixtures.authentication(viewer))).locale(locale)).andReturn().getResponse();
		response.setCharacterEncoding("UTF-8");
		return response.getContentAsString();
	}

	@Test
	void aMeetingBeforeTheLogBeganSaysNoLogIsOnRecordNotZeroActivations() throws Exception {
		Viewer desk = fixtures.secretariat();
		Viewer tbilisi = fixtures.participant("GE");
		String code = code();
		mechanisms.register(desk, new NewMechanism(code, Localized.english("Mechanism of older meetings"),
				Localized.english("A line"), List.of(Institution.EU), List.of(fixtures.group("GE").id(),
						fixtures.group("SO").id()), null, Rhythm.MONTHLY));
		MechanismMeetingView first = mechanisms.schedule(desk, code, new NewMechanismMeeting(MechanismMeetingKind.REGULAR,
				LocalDate.of(2005, 1, 10), TimePrecision.DAY, null, List.of()));
		MechanismMeetingView second = mechanisms.schedule(desk, code, new NewMechanismMeeting(MechanismMeetingKind.REGULAR,
				LocalDate.of(2005, 2, 10), TimePrecision.DAY, null, List.of()));
		MechanismMeetingView third = mechanisms.schedule(desk, code, new NewMechanismMeeting(MechanismMeetingKind.REGULAR,
				LocalDate.of(2005, 4, 10), TimePrecision.DAY, null, List.of()));
		assertThat(notes.note(tbilisi, mechanisms.meeting(tbilisi, code, second.id())).orElseThrow().key())
			.as("an empty log").isEqualTo("hotline.noLogSinceMeeting");
		HotlineIntegrationTestsSupport support = HotlineIntegrationTestsSupport.of(context);
		support.at(new ControlledClock(Instant.parse("2005-02-01T08:00:00Z"))).activate(tbilisi, new NewActivation(code,
				List.of("SO"), Urgency.URGENT, "Confided before the log", "Never relayed.", null, null, null));
		send(support, desk, code, "2005-03-15T08:00:00Z", "The first entry of the log");
		send(support, desk, code, "2005-03-20T08:00:00Z", "The second entry of the log");

		Note none = notes.note(tbilisi, mechanisms.meeting(tbilisi, code, second.id())).orElseThrow();
		assertThat(none.key()).as("a confided activation is no log on record").isEqualTo("hotline.noLogSinceMeeting");
		assertThat(none.arguments()).isEmpty();
		assertThat(notes.note(tbilisi, mechanisms.meeting(tbilisi, code, first.id())).orElseThrow().key())
			.isEqualTo("hotline.noLogYet");
		Note partly = notes.note(tbilisi, mechanisms.meeting(tbilisi, code, third.id())).orElseThrow();
		assertThat(partly.key()).isEqualTo("hotline.sinceLogBegan");
		assertThat(partly.arguments()).containsExactly(2, 2);

		assertThat(meetingPage(tbilisi, code, second, Locale.ENGLISH))
			.contains("No hotline log is on record for the period since the previous meeting")
			.doesNotContain("0 hotline activations");
		assertThat(meetingPage(tbilisi, code, first, Locale.ENGLISH)).contains("No hotline log is on record up to this meeting");
		assertThat(meetingPage(tbilisi, code, second, Locale.forLanguageTag("ru")))
			.contains("За период с предыдущей встречи записей журнала горячей линии нет");
		assertThat(meetingPage(tbilisi, code, second, Locale.forLanguageTag("ka")))
			.contains("წინა შეხვედრის შემდეგ პერიოდისთვის ცხელი ხაზის ჟურნალი არ არსებობს");
		assertThat(meetingPage(tbilisi, code, third, Locale.ENGLISH))
			.contains("2 hotline activations on 2 issues since the hotline log began, after the previous meeting");
	}

	private static void send(HotlineIntegrationTestsSupport support, Viewer desk, String code, String at, String subject) {
		support.at(new ControlledClock(Instant.parse(at))).activate(desk, new NewActivation(code, List.of("GE", "SO"),
				Urgency.ROUTINE, subject, "A message.", null, null, null));
	}

	private static String code() {
		Random random = new Random();
		StringBuilder letters = new StringBuilder("H");
		for (int i = 0; i < 4; i++) {
			letters.append((char) ('A' + random.nextInt(26)));
		}
		return letters.toString();
	}
}
