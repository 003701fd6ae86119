package org.mediationdesk.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.process.Capacity;

/**
 * An attendance entry is appended, never changed: a correction is a new entry that takes the place of the one it
 * corrects, on that entry's meeting and day, and keeps why the original was a later record. The record is read in
 * the order of the day, the time of day where known, and the moment of recording.
 */
class AttendanceEventTests {

	private static final UUID MEETING = UUID.randomUUID();
	private static final UUID GEORGIA = UUID.randomUUID();
	private static final UUID SUKHUMI = UUID.randomUUID();
	private static final LocalDate DAY = LocalDate.of(2026, 3, 3);
	private static final Instant RECORDED = Instant.parse("2026-03-03T10:00:00Z");

	private static AttendanceEvent walkout(Instant recordedAt) {
		return AttendanceEvent.record(MEETING, SUKHUMI, AttendanceKind.WALKED_OUT, DAY, "IDP", "Agenda dispute",
				Capacity.INDIVIDUAL, "secretariat", recordedAt);
	}

	@Test
	void isALaterRecordOnlyWithAReasonForBeingLate() {
		AttendanceEvent onTime = walkout(RECORDED).at(LocalTime.of(11, 15), null);
		AttendanceEvent late = walkout(RECORDED).at(LocalTime.of(11, 15), "Recorded after the session");

		assertThat(onTime.laterRecord()).isFalse();
		assertThat(late.laterRecord()).isTrue();
		assertThat(late.laterReason()).isEqualTo("Recorded after the session");
		assertThat(late.occurredAt()).isEqualTo(LocalTime.of(11, 15));
	}

	@Test
	void aCorrectionTakesTheOriginalsPlaceOnItsMeetingAndDay() {
		AttendanceEvent original = walkout(RECORDED).at(LocalTime.of(11, 15), "Recorded after the session");

		AttendanceEvent correction = AttendanceEvent.correcting(original, GEORGIA, AttendanceKind.PRESENT,
				LocalTime.of(11, 20), null, null, Capacity.DELEGATION, "Wrong group", "cc-un", RECORDED.plusSeconds(600));

		assertThat(correction.id()).isNotEqualTo(original.id());
		assertThat(correction.corrects()).isEqualTo(original.id());
		assertThat(correction.correctionReason()).isEqualTo("Wrong group");
		assertThat(correction.meetingId()).isEqualTo(MEETING);
		assertThat(correction.occurredOn()).as("the day of the entry it corrects").isEqualTo(DAY);
		assertThat(correction.laterReason()).as("still a later record, as the original was")
			.isEqualTo("Recorded after the session");
		assertThat(correction.groupId()).isEqualTo(GEORGIA);
		assertThat(correction.kind()).isEqualTo(AttendanceKind.PRESENT);
		assertThat(correction.occurredAt()).isEqualTo(LocalTime.of(11, 20));
		assertThat(correction.recordedBy()).isEqualTo("cc-un");
	}

	@Test
	void leavesTheCorrectedEntryAsItWas() {
		AttendanceEvent original = walkout(RECORDED);

		AttendanceEvent.correcting(original, GEORGIA, AttendanceKind.PRESENT, null, null, null, null, "Wrong group",
				"cc-un", RECORDED.plusSeconds(600));

		assertThat(original.groupId()).isEqualTo(SUKHUMI);
		assertThat(original.kind()).isEqualTo(AttendanceKind.WALKED_OUT);
		assertThat(original.corrects()).isNull();
		assertThat(original.correctionReason()).isNull();
		assertThat(original.statedReason()).isEqualTo("Agenda dispute");
	}

	@Test
	void anImportedCorrectionKeepsWhyWithNothingToSupersede() {
		AttendanceEvent imported = AttendanceEvent.importedCorrection(walkout(RECORDED), "Corrected in the 2009 record");

		assertThat(imported.correctionReason()).isEqualTo("Corrected in the 2009 record");
		assertThat(imported.corrects()).isNull();
	}

	@Test
	void isReadByDayThenTimeOfDayThenMomentOfRecording() {
		AttendanceEvent dayBefore = AttendanceEvent.record(MEETING, GEORGIA, AttendanceKind.PRESENT, DAY.minusDays(1),
				null, null, null, "s", RECORDED.plusSeconds(9000));
		AttendanceEvent noTime = walkout(RECORDED.plusSeconds(5000));
		AttendanceEvent morning = walkout(RECORDED.plusSeconds(3000)).at(LocalTime.of(9, 0), null);
		AttendanceEvent noonFirst = walkout(RECORDED).at(LocalTime.of(12, 0), null);
		AttendanceEvent noonSecond = walkout(RECORDED.plusSeconds(60)).at(LocalTime.of(12, 0), null);

		List<AttendanceEvent> ordered = java.util.stream.Stream.of(noonSecond, morning, noTime, noonFirst, dayBefore)
			.sorted(AttendanceEvent.ORDER)
			.toList();

		assertThat(ordered).containsExactly(dayBefore, noTime, morning, noonFirst, noonSecond);
	}
}
