package org.mediationdesk.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.ModuleTestDatabase;
import org.mediationdesk.ProcessFiles;
import org.mediationdesk.TestDatabase;
import org.mediationdesk.confidentiality.AudienceKind;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.process.MeetingKind;
import org.mediationdesk.process.MeetingView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;

/**
 * The attendance module alone (with the modules it uses) publishes {@link AttendanceRecorded} for each event it
 * appends, with its kind, meeting, group and round, for the co-chairs only. {@code shared} (the clock) and
 * {@code identity} (whose accounts the test fixtures open) are used only as types, so they are named here.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
		extraIncludes = { "shared", "identity" },
		webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE)
@ExtendWith(TestDatabase.class)
@ContextConfiguration(initializers = ModuleTestDatabase.class)
class AttendanceEventsIntegrationTests {

	private static final Viewer SECRETARIAT = new Viewer(UUID.randomUUID(), "secretariat-module", Role.SECRETARIAT,
			null, null);

	@Autowired
	AttendanceRecord attendance;

	@Autowired
	RoundRecord rounds;

	@Autowired
	org.mediationdesk.process.RoundManagement roundManagement;

	@Autowired
	org.mediationdesk.process.ProcessRecordFile recordFile;

	@Autowired
	ParticipantDirectory directory;

	int number;

	MeetingView security;

	@BeforeEach
	void convenesARound() {
		directory.loadReferenceDirectory();
		if (rounds.process().isEmpty()) {
			recordFile.load(ProcessFiles.oneItem("MT", "Module test talks"));
		}
		number = roundManagement.convene(SECRETARIAT, LocalDate.now(java.time.ZoneOffset.UTC), null, null, false).number();
		security = rounds.meetings(number)
			.stream()
			.filter(meeting -> meeting.kind() == MeetingKind.WORKING_GROUP_I)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void publishesAttendanceRecordedForAPresence(Scenario scenario) {
		UUID group = directory.groupByCode("GE").orElseThrow().id();
		scenario.stimulate(() -> attendance.record(SECRETARIAT, number, new NewAttendance(security.id(), group,
				AttendanceKind.PRESENT, null, null, null)))
			.andWaitForEventOfType(AttendanceRecorded.class)
			.matchingMappedValue(AttendanceRecorded::meetingId, security.id())
			.toArriveAndVerify(event -> {
				assertThat(event.kind()).isEqualTo(AttendanceKind.PRESENT);
				assertThat(event.groupId()).isEqualTo(group);
				assertThat(event.roundNumber()).isEqualTo(number);
				assertThat(event.actor()).isEqualTo("secretariat-module");
				assertThat(event.action()).isEqualTo("attendance.present");
				assertThat(event.audience().kind()).as("it names the group").isEqualTo(AudienceKind.CO_CHAIRS);
			});
	}

	@Test
	void publishesAttendanceRecordedWithKindWalkedOutForAWalkout(Scenario scenario) {
		UUID group = directory.groupByCode("RU").orElseThrow().id();
		attendance.record(SECRETARIAT, number, new NewAttendance(security.id(), group, AttendanceKind.PRESENT,
				null, null, null));
		scenario.stimulate(() -> attendance.record(SECRETARIAT, number, new NewAttendance(security.id(), group,
				AttendanceKind.WALKED_OUT, null, null, "Objects to the item")))
			.andWaitForEventOfType(AttendanceRecorded.class)
			.matching(event -> event.meetingId().equals(security.id()) && event.kind() == AttendanceKind.WALKED_OUT)
			.toArriveAndVerify(event -> {
				assertThat(event.groupId()).isEqualTo(group);
				assertThat(event.roundNumber()).isEqualTo(number);
				assertThat(event.eventId()).isNotNull();
				assertThat(event.action()).isEqualTo("attendance.walked_out");
				assertThat(event.toString()).as("the stated reason stays in the record").doesNotContain("Objects");
			});
	}

	@Test
	void publishesAttendanceCorrectedForTheCoChairsNamingTheEntryItSupersedes(Scenario scenario) {
		UUID group = directory.groupByCode("AB").orElseThrow().id();
		AttendanceLine present = attendance.record(SECRETARIAT, number, new NewAttendance(security.id(), group,
				AttendanceKind.PRESENT, null, null, null));
		UUID moscow = directory.groupByCode("RU").orElseThrow().id();
		scenario.stimulate(() -> attendance.correct(SECRETARIAT, number, present.id(), new AttendanceCorrection(moscow,
				null, null, null, null, null, "Entered for the wrong group")))
			.andWaitForEventOfType(AttendanceCorrected.class)
			.matchingMappedValue(AttendanceCorrected::correctedEventId, present.id())
			.toArriveAndVerify((event, line) -> {
				assertThat(event.eventId()).isEqualTo(line.id());
				assertThat(event.groupId()).isEqualTo(moscow);
				assertThat(event.kind()).isEqualTo(AttendanceKind.PRESENT);
				assertThat(event.meetingId()).isEqualTo(security.id());
				assertThat(event.roundNumber()).isEqualTo(number);
				assertThat(event.audience().kind()).isEqualTo(AudienceKind.CO_CHAIRS);
				assertThat(event.action()).isEqualTo("attendance.corrected");
			});
	}
}
