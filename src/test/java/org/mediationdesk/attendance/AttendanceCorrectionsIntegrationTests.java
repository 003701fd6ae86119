package org.mediationdesk.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.process.AgendaItemView;
import org.mediationdesk.process.MeetingKind;
import org.mediationdesk.process.MeetingView;
import org.mediationdesk.process.ProcessFile;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Attendance that fits a live room: each entry with its time of day, taken on the meeting's day; later records
 * marked as such everywhere; a second click refused; corrections that supersede an entry, shown both in the
 * attributed record and only as corrected in the neutral one; a meeting with attendance is not removed.
 */
@IntegrationTest
class AttendanceCorrectionsIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	@Autowired
	AttendanceRecord attendance;

	@Autowired
	RoundRecord rounds;

	@Autowired
	org.mediationdesk.process.RoundManagement roundManagement;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private int roundToday(Viewer viewer) {
		return roundManagement.convene(viewer, TODAY, null, null, false).number();
	}

	private MeetingView workingGroup(int number, MeetingKind kind) {
		return rounds.meetings(number).stream().filter(meeting -> meeting.kind() == kind).findFirst().orElseThrow();
	}

	private NewAttendance now(MeetingView meeting, String group, AttendanceKind kind, String item) {
		return new NewAttendance(meeting.id(), fixtures.group(group).id(), kind, null, item, null);
	}

	@Test
	void keepsTheTimeOfEachEntryOnTheMeetingsDayAndRefusesASecondClick() {
		Viewer secretariat = fixtures.secretariat();
		int number = roundToday(secretariat);
		MeetingView security = workingGroup(number, MeetingKind.WORKING_GROUP_I);
		AttendanceLine present = attendance.record(secretariat, number, now(security, "GE", AttendanceKind.PRESENT, null));
		assertThat(present.occurredOn()).isEqualTo(TODAY);
		assertThat(present.occurredAt()).isNotNull();
		assertThat(present.laterRecord()).isFalse();
		assertThatThrownBy(() -> attendance.record(secretariat, number, now(security, "GE", AttendanceKind.PRESENT, null)))
			.isInstanceOf(DeskException.Conflict.class)
			.hasMessage("attendance.duplicate");
		attendance.record(secretariat, number, now(security, "GE", AttendanceKind.WALKED_OUT, null));
		assertThatThrownBy(() -> attendance.record(secretariat, number,
				now(security, "GE", AttendanceKind.WALKED_OUT, null)))
			.as("a second click of the same walkout")
			.hasMessage("attendance.duplicate");
		assertThat(attendance.forRound(secretariat, number, LanguageCode.EN)).hasSize(2)
			.allMatch(line -> line.occurredAt() != null && line.id() != null);
	}

	@Test
	void refusesEntriesInAMeetingThreeMonthsAhead() {
		Viewer secretariat = fixtures.secretariat();
		int number = roundManagement.convene(secretariat, TODAY.plusMonths(3), null, null, false).number();
		assertThatThrownBy(() -> attendance.record(secretariat, number,
				now(workingGroup(number, MeetingKind.WORKING_GROUP_I), "GE", AttendanceKind.PRESENT, null)))
			.isInstanceOf(DeskException.Invalid.class)
			.hasMessage("attendance.meetingAhead");
		assertThat(attendance.forRound(secretariat, number, LanguageCode.EN)).isEmpty();
	}

	@Test
	void marksALaterRecordOnThePagesInTheApiAndInTheRecordFile() throws Exception {
		Viewer secretariat = fixtures.secretariat();
		MeetingView humanitarian = workingGroup(4, MeetingKind.WORKING_GROUP_II);
		UUID ge = fixtures.group("GE").id();
		assertThatThrownBy(() -> attendance.record(secretariat, 4, new NewAttendance(humanitarian.id(), ge,
				AttendanceKind.BOYCOTTED, null, null, null)))
			.hasMessage("attendance.laterNeedsTime");
		AttendanceLine later = attendance.record(secretariat, 4, new NewAttendance(humanitarian.id(), ge,
				AttendanceKind.BOYCOTTED, null, null, null, null, java.time.LocalTime.of(10, 5),
				"Found in the co-chairs' notes of the day"));
		assertThat(later.laterRecord()).isTrue();
		assertThat(later.occurredOn()).isEqualTo(humanitarian.heldOn());
		assertThat(attendance.forRound(fixtures.coChair(Institution.EU), 4, LanguageCode.EN))
			.filteredOn(line -> later.id().equals(line.id()))
			.singleElement()
			.satisfies(line -> assertThat(line.laterReason()).isEqualTo("Found in the co-chairs' notes of the day"));
		assertThat(attendance.forRound(Viewer.anonymous(), 4, LanguageCode.EN))
			.filteredOn(line -> line.kind() == AttendanceKind.BOYCOTTED && line.meeting() == MeetingKind.WORKING_GROUP_II)
			.singleElement()
			.satisfies(line -> {
				assertThat(line.laterRecord()).isTrue();
				assertThat(line.laterReason()).isNull();
				assertThat(line.id()).isNull();
			});
		mvc.perform(get("/api/v1/rounds/4/attendance").with(as(secretariat)))
			.andExpect(jsonPath("$[?(@.id == '" + later.id() + "')].laterRecord").value(org.hamcrest.Matchers.contains(true)))
			.andExpect(jsonPath("$[?(@.id == '" + later.id() + "')].occurredAt").value(
					org.hamcrest.Matchers.contains(org.hamcrest.Matchers.startsWith("10:05"))));
		String page = mvc.perform(get("/rounds/4/attendance").with(as(secretariat))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Later record", "Recorded later: Found in the co-chairs");
		List<ProcessFile.AttendanceEntry> file = attendance.export(secretariat).get(humanitarian.id());
		assertThat(file).filteredOn(entry -> entry.laterReason() != null)
			.singleElement()
			.satisfies(entry -> assertThat(entry.time()).isEqualTo(java.time.LocalTime.of(10, 5)));
	}

	@Test
	void correctsAnEntryShowingBothInTheAttributedRecordAndOnlyTheResultInTheNeutralOne() throws Exception {
		Viewer secretariat = fixtures.secretariat();
		int number = roundToday(secretariat);
		MeetingView humanitarian = workingGroup(number, MeetingKind.WORKING_GROUP_II);
		List<AgendaItemView> items = rounds.agenda();
		String wrong = items.get(0).code();
		String right = items.get(items.size() - 1).code();
		attendance.record(secretariat, number, now(humanitarian, "SO", AttendanceKind.PRESENT, null));
		AttendanceLine walkout = attendance.record(secretariat, number,
				now(humanitarian, "SO", AttendanceKind.WALKED_OUT, wrong));
		AttendanceLine corrected = attendance.correct(fixtures.coChair(Institution.OSCE), number, walkout.id(),
				new AttendanceCorrection(null, null, null, right, null, null, "The walkout came during the next item"));
		assertThat(corrected.corrects()).isEqualTo(walkout.id());

		List<AttendanceLine> attributed = attendance.forRound(secretariat, number, LanguageCode.EN);
		assertThat(attributed).filteredOn(line -> line.kind() == AttendanceKind.WALKED_OUT).hasSize(2);
		assertThat(attributed).filteredOn(line -> walkout.id().equals(line.id()))
			.singleElement()
			.satisfies(line -> assertThat(line.supersededBy()).isEqualTo(corrected.id()));
		assertThat(attributed).filteredOn(line -> corrected.id().equals(line.id()))
			.singleElement()
			.satisfies(line -> {
				assertThat(line.correctionReason()).isEqualTo("The walkout came during the next item");
				assertThat(line.agendaItem()).isEqualTo(items.get(items.size() - 1).title(LanguageCode.EN));
			});
		assertThat(attendance.forRound(fixtures.participant("GE"), number, LanguageCode.EN))
			.filteredOn(line -> line.kind() == AttendanceKind.WALKED_OUT)
			.singleElement()
			.satisfies(line -> {
				assertThat(line.agendaItem()).isEqualTo(items.get(items.size() - 1).title(LanguageCode.EN));
				assertThat(line.correctionReason()).isNull();
				assertThat(line.group()).isNull();
			});
		assertThat(jdbc.sql("SELECT audience_kind FROM audit_entry WHERE action = 'attendance.corrected' AND object_id = :id")
			.param("id", walkout.id().toString()).query(String.class).list()).containsExactly("CO_CHAIRS");
		String page = mvc.perform(get("/rounds/" + number + "/attendance").with(as(secretariat))).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("Corrected because: The walkout came during the next item", "text-decoration-line-through");
		assertThatThrownBy(() -> attendance.correct(secretariat, number, walkout.id(), new AttendanceCorrection(null,
				null, null, wrong, null, null, "Back again")))
			.isInstanceOf(DeskException.Conflict.class)
			.hasMessage("attendance.alreadyCorrected");
		assertThatThrownBy(() -> attendance.correct(fixtures.participant("SO"), number, corrected.id(),
				new AttendanceCorrection(null, null, null, wrong, null, null, "Ours")))
			.isInstanceOf(DeskException.NotFound.class);
	}

	@Test
	void correctsOverTheApiForTheCoChairsOnlyAndRefusesToRemoveAMeetingWithAttendance() throws Exception {
		Viewer secretariat = fixtures.secretariat();
		int number = roundToday(secretariat);
		MeetingView security = workingGroup(number, MeetingKind.WORKING_GROUP_I);
		AttendanceLine present = attendance.record(secretariat, number, now(security, "AB", AttendanceKind.PRESENT, null));
		String path = "/api/v1/rounds/" + number + "/attendance/" + present.id() + "/correction";
		String body = "{\"groupId\": \"" + fixtures.group("RU").id() + "\", \"reason\": \"Entered for the wrong group\"}";
		mvc.perform(post(path).with(as(fixtures.participant("AB"))).contentType("application/json").content(body))
			.andExpect(status().isNotFound());
		mvc.perform(post(path).with(as(secretariat)).contentType("application/json").content("{\"kind\": \"DECLINED\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post(path).with(as(secretariat)).contentType("application/json").content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.group").value("participants from Moscow"))
			.andExpect(jsonPath("$.corrects").value(present.id().toString()));
		mvc.perform(post(path).with(as(secretariat)).contentType("application/json").content(body))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/rounds/5/attendance/" + present.id() + "/correction").with(as(secretariat))
			.contentType("application/json").content(body)).andExpect(status().isNotFound());

		mvc.perform(delete("/api/v1/rounds/" + number + "/meetings/" + security.id()).with(as(secretariat)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Correct its entries")));
		assertThat(rounds.meetings(number)).extracting(MeetingView::id).contains(security.id());
	}

	private static RequestPostProcessor as(Viewer viewer) {
		return authentication(Fixtures.authentication(viewer));
	}
}
