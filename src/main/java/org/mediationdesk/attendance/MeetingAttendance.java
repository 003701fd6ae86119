package org.mediationdesk.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.Objects;
import java.util.function.Function;

import org.mediationdesk.process.Capacity;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.SingleLine;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * The attendance of one meeting of a round, as an aggregate: where each participant group stands in it, and the
 * rules that keep the record coherent. A group walks out only while seated, returns only after walking out, is
 * not recorded present once it has walked out (it returns instead), takes a capacity only where it takes its
 * seat, and has no event dated before its last one.
 *
 * <p>The events themselves are appended to the attendance record ({@link AttendanceEvent}, never changed); this
 * aggregate decides whether the next one may be, and its version makes two records about the same meeting made
 * at the same time (a double click, two secretaries) be decided one after the other: the second is refused as
 * having been overtaken, never stored on a state it did not see.
 */
class MeetingAttendance {

	/** The meeting's id: one aggregate per meeting. */
	@Id
	private UUID id;
	private Set<GroupAttendance> groups = new HashSet<>();
	@Version
	private Long version;

	@PersistenceCreator
	MeetingAttendance() {
	}

	/** The attendance of a meeting where nothing is recorded yet. */
	static MeetingAttendance of(UUID meetingId) {
		MeetingAttendance meeting = new MeetingAttendance();
		meeting.id = meetingId;
		return meeting;
	}

	UUID meetingId() {
		return id;
	}

	/** Where the group stands in this meeting, if anything is recorded for it. */
	Optional<GroupAttendance> group(UUID groupId) {
		return groups.stream().filter(found -> found.groupId().equals(groupId)).findFirst();
	}

	/**
	 * Records what a group did in this meeting, if the record stays coherent, and gives the event to append.
	 * The entry is taken on the meeting's day, at the time it is made; made after the meeting's day, or for an
	 * earlier moment, it is a later record, with the time of day it describes and why it is recorded later. A
	 * meeting whose day is still ahead takes no entry; nor does a group already where the entry would put it.
	 *
	 * @param meetingDay the meeting's day, {@code null} where the record does not know it
	 * @param groupLabel the group's label, to name it in a refusal
	 */
	AttendanceEvent record(NewAttendance attendance, LocalDate meetingDay, String groupLabel, String recordedBy,
			Clock clock) {
		if (!id.equals(attendance.meetingId())) {
			throw new IllegalArgumentException("An event of meeting " + attendance.meetingId()
					+ " cannot be recorded in meeting " + id);
		}
		if (attendance.groupId() == null) {
			throw new DeskException.Invalid("attendance.groupRequired");
		}
		if (attendance.kind() == null) {
			throw new DeskException.Invalid("attendance.kindRequired");
		}
		LocalDate today = LocalDate.now(clock);
		LocalTime now = LocalTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
		if (meetingDay != null && attendance.occurredOn() != null && !attendance.occurredOn().equals(meetingDay)) {
			throw new DeskException.Invalid("attendance.notMeetingDay", meetingDay);
		}
		LocalDate day = meetingDay != null ? meetingDay : attendance.occurredOn() != null ? attendance.occurredOn() : today;
		if (day.isAfter(today)) {
			throw new DeskException.Invalid("attendance.meetingAhead", day);
		}
		boolean later = day.isBefore(today) || attendance.occurredAt() != null;
		LocalTime at = now;
		String laterReason = null;
		if (later) {
			if (attendance.occurredAt() == null) {
				throw new DeskException.Invalid("attendance.laterNeedsTime", day);
			}
			at = attendance.occurredAt().truncatedTo(ChronoUnit.SECONDS);
			if (day.equals(today) && at.isAfter(now)) {
				throw new DeskException.Invalid("attendance.timeAhead", at.truncatedTo(ChronoUnit.MINUTES));
			}
			laterReason = attendance.laterReason() == null ? "" : SingleLine.clean(attendance.laterReason()).strip();
			if (laterReason.isEmpty()) {
				throw new DeskException.Invalid("attendance.laterNeedsReason");
			}
			if (laterReason.length() > 1000) {
				throw new DeskException.Invalid("attendance.reasonTooLong", 1000);
			}
		}
		Optional<GroupAttendance> current = group(attendance.groupId());
		checkStep(current, attendance.kind(), day, at, attendance.capacity(), groupLabel);
		AttendanceEvent event = AttendanceEvent.record(id, attendance.groupId(), attendance.kind(), day,
				attendance.agendaItem(), attendance.statedReason(), attendance.capacity(), recordedBy, clock.instant())
			.at(at, laterReason);
		take(event);
		return event;
	}

	/**
	 * The rules of the record for the next event of a group: no event before its last one; no second entry of
	 * where it already stands (a second click); a walkout only while seated; a return only after a walkout; no
	 * presence once walked out; a capacity only with a seat.
	 */
	private static void checkStep(Optional<GroupAttendance> current, AttendanceKind kind, LocalDate day, LocalTime at,
			Capacity capacity, String groupLabel) {
		LocalDate lastDay = current.map(GroupAttendance::lastOn).orElse(null);
		if (day != null && lastDay != null && day.isBefore(lastDay)) {
			throw new DeskException.Invalid("attendance.beforeLastEvent", lastDay);
		}
		LocalTime lastAt = current.map(GroupAttendance::lastAt).orElse(null);
		if (day != null && day.equals(lastDay) && at != null && lastAt != null && at.isBefore(lastAt)) {
			throw new DeskException.Invalid("attendance.beforeLastTime", lastAt.truncatedTo(ChronoUnit.MINUTES));
		}
		AttendanceKind now = current.map(GroupAttendance::kind).orElse(null);
		boolean seated = current.map(GroupAttendance::seated).orElse(false);
		if (kind == now || kind == AttendanceKind.PRESENT && seated) {
			String standing = seated ? now.name() : kind.name();
			throw new DeskException.Conflict("attendance.duplicate", groupLabel,
					new DefaultMessageSourceResolvable(new String[] { "attendance.named." + standing },
							new Object[] { groupLabel }, standing));
		}
		if (kind == AttendanceKind.PRESENT && now == AttendanceKind.WALKED_OUT) {
			throw new DeskException.Invalid("attendance.presentAfterWalkout", groupLabel);
		}
		if (kind == AttendanceKind.WALKED_OUT && !seated) {
			throw new DeskException.Invalid("attendance.walkoutNeedsPresence", groupLabel);
		}
		if (kind == AttendanceKind.RETURNED && now != AttendanceKind.WALKED_OUT) {
			throw new DeskException.Invalid("attendance.returnNeedsWalkout", groupLabel);
		}
		if (capacity != null && !kind.seats()) {
			throw new DeskException.Invalid("attendance.capacityNeedsSeat");
		}
	}

	/**
	 * Corrects an entry of this meeting: the correction takes its place in the record, and where each group stands
	 * is worked out again from the entries as corrected. The corrected entry must fit the rules of the record at
	 * its place, and so must the entries of its group after it.
	 *
	 * @param entries every entry of the meeting as it stands, corrected ones included
	 * @param labels the label of each group, to name it in a refusal
	 */
	AttendanceEvent correct(List<AttendanceEvent> entries, AttendanceEvent original, AttendanceCorrection correction,
			Function<UUID, String> labels, String recordedBy, Clock clock) {
		if (!id.equals(original.meetingId())) {
			throw new IllegalArgumentException("Entry " + original.id() + " is not part of meeting " + id);
		}
		Set<UUID> superseded = new HashSet<>();
		entries.stream().map(AttendanceEvent::corrects).filter(Objects::nonNull).forEach(superseded::add);
		if (superseded.contains(original.id())) {
			throw new DeskException.Conflict("attendance.alreadyCorrected");
		}
		String reason = correction.reason() == null ? "" : SingleLine.clean(correction.reason()).strip();
		if (reason.isEmpty()) {
			throw new DeskException.Invalid("attendance.correctionNeedsReason");
		}
		if (reason.length() > 1000) {
			throw new DeskException.Invalid("attendance.reasonTooLong", 1000);
		}
		UUID group = correction.groupId() != null ? correction.groupId() : original.groupId();
		AttendanceKind kind = correction.kind() != null ? correction.kind() : original.kind();
		LocalTime at = correction.occurredAt() != null ? correction.occurredAt().truncatedTo(ChronoUnit.SECONDS)
				: original.occurredAt();
		String item = correction.agendaItem() == null ? original.agendaItem()
				: correction.agendaItem().isBlank() ? null : correction.agendaItem();
		String stated = correction.statedReason() == null ? original.statedReason()
				: correction.statedReason().isBlank() ? null : SingleLine.clean(correction.statedReason()).strip();
		if (stated != null && stated.length() > 1000) {
			throw new DeskException.Invalid("attendance.reasonTooLong", 1000);
		}
		Capacity capacity = correction.capacity() != null ? correction.capacity()
				: kind.seats() ? original.capacity() : null;
		if (Objects.equals(group, original.groupId()) && kind == original.kind()
				&& Objects.equals(at, original.occurredAt())
				&& Objects.equals(item, original.agendaItem())
				&& Objects.equals(stated, original.statedReason())
				&& Objects.equals(capacity, original.capacity())) {
			throw new DeskException.Invalid("attendance.correctionChangesNothing");
		}
		AttendanceEvent corrected = AttendanceEvent.correcting(original, group, kind, at, item, stated, capacity, reason,
				recordedBy, clock.instant());
		List<AttendanceEvent> after = new ArrayList<>();
		for (AttendanceEvent entry : entries) {
			if (!superseded.contains(entry.id()) && !entry.id().equals(original.id())) {
				after.add(entry);
			}
		}
		after.add(corrected);
		after.sort(AttendanceEvent.ORDER);
		MeetingAttendance replay = replay(after, corrected, new HashSet<>(Arrays.asList(group, original.groupId())), labels);
		groups.clear();
		groups.addAll(replay.groups);
		return corrected;
	}

	/**
	 * The record with a correction in its place, worked out on a copy so that a refused correction leaves the state
	 * as it was: every entry of the groups concerned from the correction on is checked again.
	 */
	private MeetingAttendance replay(List<AttendanceEvent> after, AttendanceEvent corrected, Set<UUID> concerned,
			Function<UUID, String> labels) {
		MeetingAttendance replay = MeetingAttendance.of(id);
		boolean checking = false;
		for (AttendanceEvent entry : after) {
			checking |= entry == corrected;
			if (checking && entry.groupId() != null && concerned.contains(entry.groupId())) {
				checkStep(replay.group(entry.groupId()), entry.kind(), entry.occurredOn(), entry.occurredAt(),
						entry.capacity(), labels.apply(entry.groupId()));
			}
			replay.take(entry);
		}
		return replay;
	}

	/**
	 * Takes an event into the state as it was recorded elsewhere, without the checks: a record file gives what
	 * the sources say happened, even where they leave out a step (a walkout without the presence before it). An
	 * event that names no group changes no group's state.
	 */
	void take(AttendanceEvent event) {
		if (!id.equals(event.meetingId())) {
			throw new IllegalArgumentException("An event of meeting " + event.meetingId()
					+ " is not part of meeting " + id);
		}
		if (event.groupId() == null) {
			return;
		}
		GroupAttendance before = group(event.groupId())
			.orElse(new GroupAttendance(event.groupId(), event.kind(), event.occurredOn(), null));
		groups.remove(before);
		groups.add(before.then(event.kind(), event.occurredOn(), event.occurredAt(), event.capacity()));
	}
}
