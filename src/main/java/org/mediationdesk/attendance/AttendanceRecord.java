package org.mediationdesk.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mediationdesk.confidentiality.AccessPolicy;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.process.AgendaItemView;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.process.SessionKind;
import org.mediationdesk.process.SessionView;
import org.mediationdesk.process.WorkingGroup;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * The attendance record of the rounds. The co-chairs and secretariat read it attributed; everyone else reads
 * the public projection, in which walkouts and absences are noted without saying who or why.
 */
@Service
public class AttendanceRecord {

	/**
	 * The meetings whose walkouts and absences the public learns of: where all groups meet. In a sideline
	 * meeting or a shuttle visit, the kind of meeting alone could tell who it was.
	 */
	private static final Set<SessionKind> PUBLIC_MEETINGS = EnumSet.of(SessionKind.WORKING_GROUP_I,
			SessionKind.WORKING_GROUP_II, SessionKind.PLENARY);

	private final AttendanceEventRepository events;
	private final RoundRecord rounds;
	private final ParticipantDirectory directory;
	private final AccessPolicy policy;
	private final ApplicationEventPublisher publisher;
	private final Clock clock;

	AttendanceRecord(AttendanceEventRepository events, RoundRecord rounds, ParticipantDirectory directory,
			AccessPolicy policy, ApplicationEventPublisher publisher, Clock clock) {
		this.events = events;
		this.rounds = rounds;
		this.directory = directory;
		this.policy = policy;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** Whether the viewer reads the attributed record (the co-chairs and secretariat) or the public projection. */
	public boolean isAttributedFor(Viewer viewer) {
		return policy.maySee(viewer, Audience.coChairs());
	}

	/** The attendance record of a round, attributed or as the public projection, in the order it happened. */
	@Transactional(readOnly = true)
	public List<AttendanceLine> forRound(Viewer viewer, int number, LanguageCode language) {
		Map<UUID, SessionKind> sessions = rounds.sessions(number)
			.stream()
			.collect(Collectors.toMap(SessionView::id, SessionView::kind));
		if (sessions.isEmpty()) {
			return List.of();
		}
		Map<String, String> items = rounds.agenda()
			.stream()
			.collect(Collectors.toMap(AgendaItemView::code, item -> item.title(language), (a, b) -> a));
		Map<UUID, GroupView> groups = directory.allGroups()
			.stream()
			.collect(Collectors.toMap(GroupView::id, Function.identity()));
		boolean attributed = isAttributedFor(viewer);
		List<AttendanceLine> lines = new ArrayList<>();
		for (AttendanceEvent event : events.findBySessionIdInOrderByOccurredOnAscRecordedAtAsc(sessions.keySet())) {
			String item = event.agendaItem() == null ? null : items.get(event.agendaItem());
			if (attributed) {
				String group = event.groupId() == null ? null
						: Optional.ofNullable(groups.get(event.groupId())).map(found -> found.label(language)).orElse(null);
				lines.add(new AttendanceLine(sessions.get(event.sessionId()), event.kind(), event.occurredOn(), group,
						item, event.statedReason()));
			}
			else if (event.kind().publiclyNoted() && PUBLIC_MEETINGS.contains(sessions.get(event.sessionId()))) {
				lines.add(new AttendanceLine(sessions.get(event.sessionId()), event.kind(), null, null, item, null));
			}
		}
		// in public, however many groups left, on whichever day, it is one walkout by some participants
		return attributed ? lines : List.copyOf(new LinkedHashSet<>(lines));
	}

	/**
	 * Records an attendance event in a meeting of a round. Only the co-chairs and secretariat record
	 * attendance. The record must stay coherent: a group walks out only while present, and returns only
	 * after walking out.
	 */
	@Transactional
	public AttendanceLine record(Viewer viewer, int number, NewAttendance attendance) {
		if (!viewer.isMediator()) {
			throw new DeskException.NotFound();
		}
		List<SessionView> sessions = rounds.sessions(number);
		SessionView session = sessions.stream()
			.filter(candidate -> candidate.id().equals(attendance.sessionId()))
			.findFirst()
			.orElseThrow(() -> new DeskException.Invalid("attendance.sessionUnknown"));
		GroupView group = directory.group(attendance.groupId())
			.orElseThrow(() -> new DeskException.Invalid("attendance.groupRequired"));
		rounds.lockSession(session.id());
		if (attendance.kind() == null) {
			throw new DeskException.Invalid("attendance.kindRequired");
		}
		if (attendance.agendaItem() != null && !attendance.agendaItem().isBlank()
				&& rounds.agenda().stream().noneMatch(item -> item.code().equals(attendance.agendaItem()))) {
			throw new DeskException.Invalid("attendance.itemUnknown");
		}
		String reason = attendance.statedReason() == null ? null : attendance.statedReason().strip();
		if (reason != null && reason.length() > 1000) {
			throw new DeskException.Invalid("attendance.reasonTooLong", 1000);
		}
		// the group's state is its last event as recorded, whatever date was given for it
		Optional<AttendanceEvent> last = events.findBySessionIdOrderByRecordedAtAsc(session.id())
			.stream()
			.filter(event -> group.id().equals(event.groupId()))
			.reduce((first, second) -> second);
		AttendanceKind current = last.map(AttendanceEvent::kind).orElse(null);
		LocalDate lastDay = last.map(AttendanceEvent::occurredOn).orElse(null);
		if (attendance.occurredOn() != null && lastDay != null && attendance.occurredOn().isBefore(lastDay)) {
			throw new DeskException.Invalid("attendance.beforeLastEvent", lastDay);
		}
		if (attendance.kind() == AttendanceKind.PRESENT && current == AttendanceKind.WALKED_OUT) {
			throw new DeskException.Invalid("attendance.presentAfterWalkout", group.label());
		}
		boolean seated = current == AttendanceKind.PRESENT || current == AttendanceKind.RETURNED;
		if (attendance.kind() == AttendanceKind.WALKED_OUT && !seated) {
			throw new DeskException.Invalid("attendance.walkoutNeedsPresence", group.label());
		}
		if (attendance.kind() == AttendanceKind.RETURNED && current != AttendanceKind.WALKED_OUT) {
			throw new DeskException.Invalid("attendance.returnNeedsWalkout", group.label());
		}
		String item = attendance.agendaItem() == null || attendance.agendaItem().isBlank() ? null
				: attendance.agendaItem();
		LocalDate on = attendance.occurredOn() != null ? attendance.occurredOn() : LocalDate.now(clock);
		AttendanceEvent saved = events.save(AttendanceEvent.record(session.id(), group.id(), attendance.kind(), on,
				item, reason == null || reason.isEmpty() ? null : reason, viewer.username(), clock.instant()));
		publisher.publishEvent(new AttendanceRecorded(viewer.username(), saved.id(), number, attendance.kind()));
		return new AttendanceLine(session.kind(), saved.kind(), on, group.label(), item, saved.statedReason());
	}

	/**
	 * The equal-representation check of each meeting of a round: are the groups the process declares must be
	 * treated alike all seated, or all not? Attributed, so for the co-chairs and secretariat only.
	 */
	@Transactional(readOnly = true)
	public List<EqualityCheck> equalRepresentation(Viewer viewer, int number, LanguageCode language) {
		if (!isAttributedFor(viewer)) {
			throw new DeskException.NotFound();
		}
		List<GroupView> declared = rounds.process()
			.map(process -> process.equalTreatment()
				.stream()
				.map(directory::groupByCode)
				.flatMap(Optional::stream)
				.toList())
			.orElse(List.of());
		List<EqualityCheck> checks = new ArrayList<>();
		for (SessionView session : rounds.sessions(number)) {
			List<AttendanceEvent> recorded = events.findBySessionIdInOrderByOccurredOnAscRecordedAtAsc(List.of(session.id()));
			List<String> seated = new ArrayList<>();
			List<String> notSeated = new ArrayList<>();
			for (GroupView group : declared) {
				AttendanceKind last = recorded.stream()
					.filter(event -> group.id().equals(event.groupId()))
					.map(AttendanceEvent::kind)
					.reduce((first, second) -> second)
					.orElse(null);
				boolean isSeated = last == AttendanceKind.PRESENT || last == AttendanceKind.RETURNED;
				(isSeated ? seated : notSeated).add(group.label(language));
			}
			checks.add(new EqualityCheck(session.kind(), seated.isEmpty() || notSeated.isEmpty(), seated, notSeated));
		}
		return checks;
	}

	/** The reference file's attendance events, read with the rounds they belong to. */
	record ReferenceEvents(List<RoundEvents> rounds) {

		record RoundEvents(int number, List<EventEntry> events) {
		}

		record EventEntry(String kind, List<String> groups, LocalDate date, WorkingGroup workingGroup,
				String agendaItem, String statedReason) {
		}
	}

	/**
	 * Loads the attendance events of the reference record into rounds that have none yet. Returns how many
	 * events were recorded.
	 */
	@Transactional
	public int loadReferenceEvents() {
		if (events.count() > 0) {
			return 0;
		}
		ReferenceEvents record = rounds.readReference(ReferenceEvents.class);
		int recorded = 0;
		for (ReferenceEvents.RoundEvents round : record.rounds()) {
			if (round.events() == null || round.events().isEmpty()) {
				continue;
			}
			List<SessionView> sessions = rounds.sessions(round.number());
			for (ReferenceEvents.EventEntry entry : round.events()) {
				UUID session = sessionFor(sessions, entry.workingGroup(), round.number());
				AttendanceKind kind = kindOf(entry.kind());
				// a walkout the sources do not attribute is recorded without a group
				List<UUID> groups = entry.groups() == null || entry.groups().isEmpty() ? Collections.singletonList(null)
						: entry.groups()
							.stream()
							.map(code -> directory.groupByCode(code)
								.map(GroupView::id)
								.orElseThrow(() -> new IllegalStateException("The reference record names an unknown"
										+ " participant group '" + code + "' in round " + round.number())))
							.toList();
				for (UUID group : groups) {
					events.save(AttendanceEvent.record(session, group, kind, entry.date(), entry.agendaItem(),
							entry.statedReason(), "reference record", clock.instant()));
					recorded++;
				}
			}
		}
		return recorded;
	}

	/** The meeting of a working group, or the round's first meeting where the record names none. */
	private static UUID sessionFor(List<SessionView> sessions, WorkingGroup group, int round) {
		SessionKind wanted = group == null ? null : SessionKind.of(group);
		return sessions.stream()
			.filter(session -> wanted == null || session.kind() == wanted)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The reference record places an event of round " + round
					+ " in a meeting (" + (wanted == null ? "any" : wanted) + ") the round does not have"))
			.id();
	}

	private static AttendanceKind kindOf(String referenceKind) {
		return switch (referenceKind) {
			case "WALKOUT" -> AttendanceKind.WALKED_OUT;
			case "BOYCOTT" -> AttendanceKind.BOYCOTTED;
			case "RETURN" -> AttendanceKind.RETURNED;
			case "NON_ATTENDANCE" -> AttendanceKind.DID_NOT_ATTEND;
			default -> throw new IllegalArgumentException("Unknown attendance event kind in the reference record: "
					+ referenceKind);
		};
	}
}
