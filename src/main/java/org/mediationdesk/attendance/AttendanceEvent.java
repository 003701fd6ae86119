package org.mediationdesk.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.mediationdesk.process.Capacity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import java.util.Comparator;

/** One attendance event; appended, never changed. */
class AttendanceEvent {

	@Id
	private UUID id;
	private UUID meetingId;
	private UUID groupId;
	private AttendanceKind kind;
	private LocalDate occurredOn;
	private String agendaItem;
	private String statedReason;
	private Capacity capacity;
	private String recordedBy;
	private Instant recordedAt;
	private LocalTime occurredAt;
	private String laterReason;
	private UUID corrects;
	private String correctionReason;
	@Version
	private Long version;

	@PersistenceCreator
	AttendanceEvent() {
	}

	/**
	 * @param groupId the group, or {@code null} where the record does not say which group it was
	 */
	static AttendanceEvent record(UUID meetingId, UUID groupId, AttendanceKind kind, LocalDate occurredOn,
			String agendaItem, String statedReason, Capacity capacity, String recordedBy, Instant recordedAt) {
		AttendanceEvent event = new AttendanceEvent();
		event.id = UUID.randomUUID();
		event.meetingId = meetingId;
		event.groupId = groupId;
		event.kind = kind;
		event.occurredOn = occurredOn;
		event.agendaItem = agendaItem;
		event.statedReason = statedReason;
		event.capacity = capacity;
		event.recordedBy = recordedBy;
		event.recordedAt = recordedAt;
		return event;
	}

	/**
	 * The entry with the time of day it describes and, for a later record, why it was recorded after the
	 * meeting's day (or after the moment).
	 */
	AttendanceEvent at(LocalTime time, String laterReason) {
		this.occurredAt = time;
		this.laterReason = laterReason;
		return this;
	}

	/** A correction of an earlier entry: it takes that entry's place in the record, with its reason. */
	static AttendanceEvent correcting(AttendanceEvent original, UUID groupId, AttendanceKind kind, LocalTime time,
			String agendaItem, String statedReason, Capacity capacity, String reason, String recordedBy,
			Instant recordedAt) {
		AttendanceEvent event = record(original.meetingId, groupId, kind, original.occurredOn, agendaItem, statedReason,
				capacity, recordedBy, recordedAt);
		event.occurredAt = time;
		event.laterReason = original.laterReason;
		event.corrects = original.id;
		event.correctionReason = reason;
		return event;
	}

	/**
	 * An entry of a record file that says it corrected an earlier one, which the file leaves out: it keeps why,
	 * with nothing to supersede.
	 */
	static AttendanceEvent importedCorrection(AttendanceEvent event, String reason) {
		event.correctionReason = reason;
		return event;
	}

	LocalTime occurredAt() {
		return occurredAt;
	}

	String laterReason() {
		return laterReason;
	}

	/** Whether it was recorded after the fact: after the meeting's day, or for an earlier time of it. */
	boolean laterRecord() {
		return laterReason != null;
	}

	UUID corrects() {
		return corrects;
	}

	String correctionReason() {
		return correctionReason;
	}

	Instant recordedAt() {
		return recordedAt;
	}

	String recordedBy() {
		return recordedBy;
	}

	/** The order of the record: by day, then time of day (where known), then the moment it was recorded. */
	static final Comparator<AttendanceEvent> ORDER = Comparator
		.comparing(AttendanceEvent::occurredOn, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(AttendanceEvent::occurredAt, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(AttendanceEvent::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder()));

	UUID id() {
		return id;
	}

	UUID meetingId() {
		return meetingId;
	}

	UUID groupId() {
		return groupId;
	}

	AttendanceKind kind() {
		return kind;
	}

	LocalDate occurredOn() {
		return occurredOn;
	}

	String agendaItem() {
		return agendaItem;
	}

	String statedReason() {
		return statedReason;
	}

	Capacity capacity() {
		return capacity;
	}
}
