package org.mediationdesk.incidents;

import java.time.LocalDate;
import java.util.UUID;

import org.mediationdesk.attendance.AttendanceKind;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceScoped;
import org.mediationdesk.shared.AuditableEvent;

/**
 * What happened to a mechanism or its meetings. What the public may know (a mechanism registered, suspended or
 * resumed, a meeting scheduled or closed with its outcome) is public; a meeting's internals (its agenda adopted, a
 * joint visit agreed) are the co-chairs' in the log, the narrowest audience that holds every mechanism's circle.
 */
public sealed interface MechanismEvent extends AuditableEvent, AudienceScoped {

	UUID mechanism();

	@Override
	default Audience audience() {
		return Audience.everyone();
	}

	/** A mechanism was registered under its code. */
	record MechanismRegistered(String actor, UUID mechanism, String code) implements MechanismEvent {

		@Override
		public String action() {
			return "mechanism.registered";
		}

		@Override
		public String objectType() {
			return "mechanism";
		}

		@Override
		public String objectId() {
			return mechanism.toString();
		}

		@Override
		public String detail() {
			return code;
		}
	}

	/** A mechanism was suspended from a day. */
	record MechanismSuspended(String actor, UUID mechanism, LocalDate from) implements MechanismEvent {

		@Override
		public String action() {
			return "mechanism.suspended";
		}

		@Override
		public String objectType() {
			return "mechanism";
		}

		@Override
		public String objectId() {
			return mechanism.toString();
		}

		@Override
		public String detail() {
			return "from " + from;
		}
	}

	/** A mechanism's suspension ended on a day. */
	record MechanismResumed(String actor, UUID mechanism, LocalDate on) implements MechanismEvent {

		@Override
		public String action() {
			return "mechanism.resumed";
		}

		@Override
		public String objectType() {
			return "mechanism";
		}

		@Override
		public String objectId() {
			return mechanism.toString();
		}

		@Override
		public String detail() {
			return "on " + on;
		}
	}

	/** A meeting was scheduled, with its kind and number. */
	record MechanismMeetingScheduled(String actor, UUID mechanism, UUID meeting, MechanismMeetingKind kind, int number)
			implements MechanismEvent {

		@Override
		public String action() {
			return "mechanism-meeting.scheduled";
		}

		@Override
		public String objectType() {
			return "mechanism-meeting";
		}

		@Override
		public String objectId() {
			return meeting.toString();
		}
	}

	/** A meeting adopted its agenda. */
	record MeetingAgendaAdopted(String actor, UUID mechanism, UUID meeting) implements MechanismEvent {

		@Override
		public String action() {
			return "mechanism-meeting.agenda-adopted";
		}

		@Override
		public String objectType() {
			return "mechanism-meeting";
		}

		@Override
		public String objectId() {
			return meeting.toString();
		}

		@Override
		public Audience audience() {
			return Audience.coChairs();
		}
	}

	/** A joint visit was agreed at a meeting; never where or what for. */
	record JointVisitAgreed(String actor, UUID mechanism, UUID meeting) implements MechanismEvent {

		@Override
		public String action() {
			return "mechanism-meeting.joint-visit-agreed";
		}

		@Override
		public String objectType() {
			return "mechanism-meeting";
		}

		@Override
		public String objectId() {
			return meeting.toString();
		}

		@Override
		public Audience audience() {
			return Audience.coChairs();
		}
	}

	/** A meeting ended with its outcome (held, in part, not concluded, postponed, not held). */
	record MechanismMeetingClosed(String actor, UUID mechanism, UUID meeting, MeetingOutcome outcome)
			implements MechanismEvent {

		@Override
		public String action() {
			return "mechanism-meeting.closed";
		}

		@Override
		public String objectType() {
			return "mechanism-meeting";
		}

		@Override
		public String objectId() {
			return meeting.toString();
		}

		@Override
		public String detail() {
			return outcome.name();
		}
	}

	/** An attendee's attendance at a meeting was recorded (present, did not attend, walked out, returned); never who. */
	record MeetingAttendanceRecorded(String actor, UUID mechanism, UUID meeting,
			AttendanceKind kind) implements MechanismEvent {

		@Override
		public String action() {
			return "mechanism-meeting.attendance-recorded";
		}

		@Override
		public String objectType() {
			return "mechanism-meeting";
		}

		@Override
		public String objectId() {
			return meeting.toString();
		}

		@Override
		public String detail() {
			return kind == null ? "" : kind.name();
		}

		@Override
		public Audience audience() {
			return Audience.coChairs();
		}
	}
}
