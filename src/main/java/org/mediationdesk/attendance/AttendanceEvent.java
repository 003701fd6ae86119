package org.mediationdesk.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.mediationdesk.process.Capacity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

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
