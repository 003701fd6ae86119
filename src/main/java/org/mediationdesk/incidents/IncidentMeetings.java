package org.mediationdesk.incidents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.incidents.IncidentEvent.IncidentPutOnReview;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents and the meetings of their mechanism, both ways, for the mechanism's circle: the co-chairs and
 * secretariat put an incident on a meeting's review of past incidents; an open case is carried to the follow-up of
 * open cases of every meeting of its mechanism held from the day it was opened to the day it was closed (a meeting
 * postponed or called off follows nothing up). An incident's page lists the meetings that dealt with it, a meeting's
 * page the incidents it took up.
 */
@Service
public class IncidentMeetings {

	private final IncidentRegister register;
	private final IncidentRepository incidents;
	private final Mechanisms mechanisms;
	private final MechanismMeetingRepository meetings;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	IncidentMeetings(IncidentRegister register, IncidentRepository incidents, Mechanisms mechanisms,
			MechanismMeetingRepository meetings, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.register = register;
		this.incidents = incidents;
		this.mechanisms = mechanisms;
		this.meetings = meetings;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** The incidents a meeting took up, as its page lists them under its standing items. */
	public record OnMeeting(List<IncidentRef> reviewed, List<IncidentRef> openCases) {

		static OnMeeting none() {
			return new OnMeeting(List.of(), List.of());
		}
	}

	/** The meetings that dealt with an incident, the earliest first; 404 to whoever is not of its circle. */
	@Transactional(readOnly = true)
	public List<MeetingLink> meetings(Viewer viewer, String idOrPublicId) {
		Incident incident = register.load(viewer, idOrPublicId);
		Mechanism mechanism = mechanisms.load(incident.mechanismId().toString());
		Set<UUID> reviewed = incident.reviewedAt();
		List<MeetingLink> links = new ArrayList<>();
		for (MechanismMeeting meeting : meetings.ofMechanism(mechanism.id())) {
			if (reviewed.contains(meeting.id())) {
				links.add(link(mechanism, meeting, StandingItem.REVIEW_OF_PAST_INCIDENTS));
			}
			if (followedUp(incident, meeting)) {
				links.add(link(mechanism, meeting, StandingItem.FOLLOW_UP_OF_OPEN_CASES));
			}
		}
		links.sort(Comparator.comparing(MeetingLink::heldOn).thenComparing(MeetingLink::item));
		return links;
	}

	/** The meetings of the incident's mechanism whose review may still take it up: those not postponed or called off. */
	@Transactional(readOnly = true)
	public List<MechanismMeetingView> reviewChoices(Viewer viewer, IncidentView incident) {
		Set<UUID> taken = register.load(viewer, incident.publicId()).reviewedAt();
		return mechanisms.meetings(viewer, incident.mechanismCode()).stream()
			.filter(meeting -> meeting.outcome() == null || meeting.outcome().met())
			.filter(meeting -> !taken.contains(meeting.id())).toList();
	}

	/** The co-chairs or secretariat put an incident on a meeting's review of past incidents. */
	@Transactional
	public IncidentView putOnReview(Viewer viewer, String idOrPublicId, UUID meetingId, LanguageCode language) {
		viewer.requireMediator();
		Incident incident = register.load(viewer, idOrPublicId);
		MechanismMeeting meeting = (meetingId == null ? null : meetings.findById(meetingId).orElse(null));
		if (meeting == null || !meeting.mechanismId().equals(incident.mechanismId())
				|| meeting.outcome() != null && !meeting.outcome().met()) {
			throw new DeskException.Invalid("incidents.reviewMeetingRequired");
		}
		incident.putOnReview(meeting.id());
		incidents.save(incident);
		events.publishEvent(new IncidentPutOnReview(viewer.username(), incident.id(), incident.publicId(), meeting.id()));
		return register.view(viewer, incident, language);
	}

	/** What a meeting took up: for its mechanism's circle, the incidents on its review and the open cases then. */
	@Transactional(readOnly = true)
	public OnMeeting onMeeting(Viewer viewer, MechanismMeetingView meeting) {
		if (!meeting.internals() || meeting.heldOn() == null) {
			return OnMeeting.none();
		}
		List<IncidentRef> reviewed = jdbc.sql("SELECT i.public_id, i.kind, i.place_name, i.state FROM incident i"
				+ " JOIN incident_review r ON r.incident = i.id WHERE r.meeting_id = :meeting ORDER BY i.occurred_at, i.public_id")
			.param("meeting", meeting.id()).query(IncidentMeetings::ref).list();
		if (meeting.outcome() != null && !meeting.outcome().met()) {
			return new OnMeeting(reviewed, List.of());
		}
		List<IncidentRef> cases = jdbc.sql("SELECT public_id, kind, place_name, state FROM incident"
				+ " WHERE mechanism_id = :mechanism AND merged_into IS NULL AND case_opened_at < :dayEnd"
				+ " AND (case_closed_at IS NULL OR case_closed_at >= :dayStart) ORDER BY occurred_at, public_id")
			.param("mechanism", meeting.mechanismId())
			.param("dayStart", OffsetDateTime.of(meeting.heldOn().atStartOfDay(), ZoneOffset.UTC))
			.param("dayEnd", OffsetDateTime.of(meeting.heldOn().plusDays(1).atStartOfDay(), ZoneOffset.UTC))
			.query(IncidentMeetings::ref).list();
		return new OnMeeting(reviewed, cases);
	}

	private static IncidentRef ref(ResultSet rs, int row) throws SQLException {
		return new IncidentRef(rs.getString(1), IncidentKind.valueOf(rs.getString(2)), rs.getString(3),
				ReviewState.valueOf(rs.getString(4)));
	}

	/** Whether an open case was followed up at the meeting: held from the day it was opened to the day it closed. */
	static boolean followedUp(Incident incident, MechanismMeeting meeting) {
		if (incident.caseOpenedAt() == null || meeting.outcome() != null && !meeting.outcome().met()) {
			return false;
		}
		LocalDate opened = incident.caseOpenedAt().atZone(ZoneOffset.UTC).toLocalDate();
		LocalDate closed = incident.caseClosedAt() == null ? null
				: incident.caseClosedAt().atZone(ZoneOffset.UTC).toLocalDate();
		return !meeting.heldOn().isBefore(opened) && (closed == null || !meeting.heldOn().isAfter(closed));
	}

	private static MeetingLink link(Mechanism mechanism, MechanismMeeting meeting, StandingItem item) {
		return new MeetingLink(meeting.id(), mechanism.code(), meeting.kind(), meeting.number(), meeting.heldOn(),
				meeting.outcome(), item);
	}
}
