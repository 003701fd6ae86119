package org.mediationdesk.hotline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.incidents.MechanismMeetingNotes;
import org.mediationdesk.incidents.MechanismMeetingView;
import org.mediationdesk.incidents.Mechanisms;
import org.springframework.stereotype.Component;

/**
 * A mechanism meeting's page says "hotline activations on N issues since the previous meeting", for the
 * mechanism's circle, counted exactly from the log: the activations the whole circle reads, sent from the day after
 * the previous meeting (of any kind, the latest held on an earlier day) to the end of this meeting's day, in UTC;
 * for the first meeting, from the first activation. A meeting whose period ends before the log begins (a meeting of
 * the reference record, held before the hotline was kept here) says that no hotline log is on record for it, not
 * "0 activations"; one whose period began before the log did says that it counts from the log's beginning.
 */
@Component
class HotlineMeetingNotes implements MechanismMeetingNotes {

	private final HotlineLog log;
	private final Mechanisms mechanisms;

	HotlineMeetingNotes(HotlineLog log, Mechanisms mechanisms) {
		this.log = log;
		this.mechanisms = mechanisms;
	}

	@Override
	public Optional<Note> note(Viewer viewer, MechanismMeetingView meeting) {
		if (!meeting.internals() || meeting.heldOn() == null) {
			return Optional.empty();
		}
		Optional<LocalDate> previous = mechanisms.meetings(viewer, meeting.mechanismCode()).stream()
			.map(MechanismMeetingView::heldOn)
			.filter(day -> day != null && day.isBefore(meeting.heldOn()))
			.max(Comparator.naturalOrder());
		Instant from = previous.map(day -> day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()).orElse(null);
		Instant until = meeting.heldOn().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		HotlineLog.IssueCount count = log.issues(viewer, meeting.mechanismCode(), from, until);
		String link = "/mechanisms/" + meeting.mechanismCode() + "/hotline";
		if (!count.onRecordBefore(until)) {
			return Optional.of(new Note(previous.isPresent() ? "hotline.noLogSinceMeeting" : "hotline.noLogYet", List.of(),
					link));
		}
		String key = previous.isEmpty() ? "hotline.sinceStart"
				: count.beganAfter(from) ? "hotline.sinceLogBegan" : "hotline.sinceMeeting";
		return Optional.of(new Note(key, List.of(count.activations(), count.issues()), link));
	}
}
