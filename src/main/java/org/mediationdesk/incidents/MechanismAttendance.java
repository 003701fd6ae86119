package org.mediationdesk.incidents;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.mediationdesk.attendance.AttendanceKind;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.incidents.MechanismEvent.MeetingAttendanceRecorded;
import org.mediationdesk.incidents.MechanismMeetingAttendance.Attendee;
import org.mediationdesk.participants.GroupView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attendance of mechanism meetings: read by the mechanism's circle on the meeting's page, recorded by the
 * co-chairs (the facilitators' among them) and the secretariat. A meeting the viewer may not open is not there
 * (404); its attendance is the circle's, like its agenda: the public reads that the meeting took place, not who came.
 */
@Service
public class MechanismAttendance {

	/** How an attendee is named in a form: {@code group:GE} or {@code facilitator:OSCE}. */
	private static final String GROUP = "group:";
	private static final String FACILITATOR = "facilitator:";

	private final Mechanisms mechanisms;
	private final MechanismMeetingAttendanceRepository attendance;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	MechanismAttendance(Mechanisms mechanisms, MechanismMeetingAttendanceRepository attendance,
			ApplicationEventPublisher events, Clock clock) {
		this.mechanisms = mechanisms;
		this.attendance = attendance;
		this.events = events;
		this.clock = clock;
	}

	/** A meeting's attendance as the viewer reads it: empty outside the mechanism's circle. */
	@Transactional(readOnly = true)
	public MeetingAttendanceView attendance(Viewer viewer, String mechanism, UUID meeting) {
		MechanismMeetingView view = mechanisms.meeting(viewer, mechanism, meeting);
		if (!view.internals()) {
			return MeetingAttendanceView.none();
		}
		MechanismView circle = mechanisms.mechanism(viewer, mechanism);
		MechanismMeetingAttendance record = attendance.findById(meeting).orElseGet(() -> MechanismMeetingAttendance.of(meeting));
		return view(viewer, circle, view, record);
	}

	/** Records where an attendee (a group's code or a facilitator, as {@code group:GE}, {@code facilitator:OSCE}) stands. */
	@Transactional
	public MeetingAttendanceView record(Viewer viewer, String mechanism, UUID meeting, String attendee,
			AttendanceKind kind) {
		viewer.requireMediator();
		MechanismMeetingView view = mechanisms.meeting(viewer, mechanism, meeting);
		MechanismView circle = mechanisms.mechanism(viewer, mechanism);
		MechanismMeetingAttendance record = attendance.findById(meeting).orElseGet(() -> MechanismMeetingAttendance.of(meeting));
		Map<String, Attendee> attendees = attendees(circle);
		record.record(attendee == null ? null : attendees.get(attendee.strip().toLowerCase(Locale.ROOT)), kind,
				held(view), new LinkedHashSet<>(attendees.values()), viewer.username(), clock.instant());
		MechanismMeetingAttendance saved = attendance.save(record);
		events.publishEvent(new MeetingAttendanceRecorded(viewer.username(), circle.id(), meeting, kind));
		return view(viewer, circle, view, saved);
	}

	private static boolean held(MechanismMeetingView meeting) {
		return meeting.outcome() == null || meeting.outcome().met();
	}

	/** The mechanism's attendees by their form name, groups first (by code), then the facilitators. */
	private static Map<String, Attendee> attendees(MechanismView mechanism) {
		Map<String, Attendee> attendees = new LinkedHashMap<>();
		mechanism.groups().forEach(group -> attendees.put(key(GROUP + group.code()), new Attendee(group.id(), null)));
		mechanism.facilitators().forEach(institution -> attendees.put(key(FACILITATOR + institution.name()),
				new Attendee(null, institution)));
		return attendees;
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	private static MeetingAttendanceView view(Viewer viewer, MechanismView mechanism, MechanismMeetingView meeting,
			MechanismMeetingAttendance record) {
		Map<UUID, GroupView> groups = new HashMap<>();
		mechanism.groups().forEach(group -> groups.put(group.id(), group));
		Map<Attendee, AttendanceKind> standing = record.standing();
		Map<Attendee, Instant> since = new HashMap<>();
		record.entries().forEach(entry -> since.put(new Attendee(entry.groupId(), entry.institution()), entry.recordedAt()));
		List<MeetingAttendanceView.Line> lines = new ArrayList<>();
		attendees(mechanism).forEach((code, attendee) -> {
			AttendanceKind kind = standing.get(attendee);
			lines.add(new MeetingAttendanceView.Line(code, attendee.group() == null ? null : groups.get(attendee.group()),
					attendee.institution(), kind, since.get(attendee), MechanismMeetingAttendance.next(kind)));
		});
		List<MeetingAttendanceView.Entry> entries = record.entries().stream()
			.map(entry -> new MeetingAttendanceView.Entry(entry.groupId() == null ? null : groups.get(entry.groupId()),
					entry.institution(), entry.kind(), entry.recordedAt()))
			.toList();
		return new MeetingAttendanceView(lines, entries, viewer.isMediator() && held(meeting));
	}

	/** The attendance kinds a mechanism meeting records, for forms. */
	public static Set<AttendanceKind> kinds() {
		return MechanismMeetingAttendance.KINDS;
	}
}
