package org.mediationdesk.attendance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
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
import org.mediationdesk.process.Capacity;
import org.mediationdesk.process.FileProblems;
import org.mediationdesk.process.ProcessFile;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.process.SessionKind;
import org.mediationdesk.process.SessionView;
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
						item, event.statedReason(), event.capacity()));
			}
			else if (event.kind().publiclyNoted() && PUBLIC_MEETINGS.contains(sessions.get(event.sessionId()))) {
				lines.add(new AttendanceLine(sessions.get(event.sessionId()), event.kind(), null, null, item, null,
						null));
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
		boolean seated = current != null && current.seats();
		if (attendance.kind() == AttendanceKind.WALKED_OUT && !seated) {
			throw new DeskException.Invalid("attendance.walkoutNeedsPresence", group.label());
		}
		if (attendance.kind() == AttendanceKind.RETURNED && current != AttendanceKind.WALKED_OUT) {
			throw new DeskException.Invalid("attendance.returnNeedsWalkout", group.label());
		}
		String item = attendance.agendaItem() == null || attendance.agendaItem().isBlank() ? null
				: attendance.agendaItem();
		if (attendance.capacity() != null && !attendance.kind().seats()) {
			throw new DeskException.Invalid("attendance.capacityNeedsSeat");
		}
		LocalDate on = attendance.occurredOn() != null ? attendance.occurredOn() : LocalDate.now(clock);
		AttendanceEvent saved = events.save(AttendanceEvent.record(session.id(), group.id(), attendance.kind(), on,
				item, reason == null || reason.isEmpty() ? null : reason, attendance.capacity(), viewer.username(),
				clock.instant()));
		publisher.publishEvent(new AttendanceRecorded(viewer.username(), saved.id(), saved.kind(), session.id(),
				group.id(), number));
		return new AttendanceLine(session.kind(), saved.kind(), on, group.label(), item, saved.statedReason(),
				saved.capacity());
	}

	/**
	 * The equal-representation check of each meeting of a round: were the groups the process declares must be
	 * treated alike invited alike, and are they seated alike and in the same capacity? Attributed, so for the
	 * co-chairs and secretariat only.
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
			// a group's state is its last event as recorded, as when attendance is recorded
			List<AttendanceEvent> recorded = events.findBySessionIdOrderByRecordedAtAsc(session.id());
			boolean anyInvited = declared.stream().anyMatch(group -> session.invitedGroups().contains(group.code()));
			List<String> notInvited = new ArrayList<>();
			List<EqualityCheck.Seat> seated = new ArrayList<>();
			List<String> notSeated = new ArrayList<>();
			for (GroupView group : declared) {
				if (anyInvited && !session.invitedGroups().contains(group.code())) {
					notInvited.add(group.label(language));
				}
				List<AttendanceEvent> own = recorded.stream().filter(event -> group.id().equals(event.groupId())).toList();
				Optional<AttendanceEvent> last = own.stream().reduce((first, second) -> second);
				if (last.isPresent() && last.get().kind().seats()) {
					// a return without a capacity keeps the one recorded when the group took its seat
					Capacity capacity = own.stream()
						.map(AttendanceEvent::capacity)
						.filter(java.util.Objects::nonNull)
						.reduce((first, second) -> second)
						.orElse(null);
					seated.add(new EqualityCheck.Seat(group.label(language), capacity));
				}
				else {
					notSeated.add(group.label(language));
				}
			}
			boolean sameCapacity = seated.stream()
				.map(EqualityCheck.Seat::capacity)
				.filter(java.util.Objects::nonNull)
				.distinct()
				.count() <= 1;
			boolean alike = notInvited.isEmpty() && (seated.isEmpty() || notSeated.isEmpty()) && sameCapacity;
			checks.add(new EqualityCheck(session.kind(), session.topic(), alike, notInvited, seated, notSeated));
		}
		return checks;
	}

	/**
	 * Checks the attendance records of the meetings in a process record file: known kinds, groups and agenda
	 * items, and a capacity only where a group takes its seat.
	 */
	public void check(ProcessFile file, FileProblems problems) {
		Set<String> items = file.agendaItems().stream().map(ProcessFile.AgendaEntry::code).collect(Collectors.toSet());
		for (int r = 0; r < file.rounds().size(); r++) {
			List<ProcessFile.SessionEntry> meetings = file.rounds().get(r).sessions();
			for (int m = 0; m < meetings.size(); m++) {
				List<ProcessFile.AttendanceEntry> entries = meetings.get(m).attendance();
				for (int e = 0; e < entries.size(); e++) {
					ProcessFile.AttendanceEntry entry = entries.get(e);
					String at = "/rounds/" + r + "/sessions/" + m + "/attendance/" + e;
					AttendanceKind kind = kindOf(entry.kind());
					if (kind == null) {
						problems.add(at + "/kind", "import.notOneOf", String.valueOf(entry.kind()),
								List.of(AttendanceKind.values()).toString());
					}
					else if (entry.capacity() != null && !kind.seats()) {
						problems.add(at + "/capacity", "import.capacityNeedsSeat");
					}
					rounds.checkGroups(at + "/groups", entry.groups(), problems);
					if (entry.agendaItem() != null && !items.contains(entry.agendaItem())) {
						problems.add(at + "/agendaItem", "import.unknownItem", entry.agendaItem());
					}
					problems.text(at + "/statedReason", entry.statedReason(), false, 1000);
				}
			}
		}
	}

	/**
	 * Records the attendance of the meetings of a checked file, in the file's order. An entry that names no
	 * group is an event the record does not attribute.
	 */
	@Transactional
	public int load(ProcessFile file, RoundRecord.LoadedRecord loaded) {
		Instant now = clock.instant();
		int recorded = 0;
		for (ProcessFile.RoundEntry round : file.rounds()) {
			for (int m = 0; m < round.sessions().size(); m++) {
				UUID session = loaded.session(round.number(), m);
				for (ProcessFile.AttendanceEntry entry : round.sessions().get(m).attendance()) {
					List<UUID> groups = entry.groups().isEmpty() ? Collections.singletonList(null)
							: entry.groups()
								.stream()
								.map(code -> directory.groupByCode(code).map(GroupView::id).orElseThrow())
								.toList();
					for (UUID group : groups) {
						// one microsecond apart, so that the record keeps the file's order within a day
						events.save(AttendanceEvent.record(session, group, kindOf(entry.kind()), entry.date(),
								entry.agendaItem(), entry.statedReason(), entry.capacity(), "import",
								now.plus(recorded, ChronoUnit.MICROS)));
						recorded++;
					}
				}
			}
		}
		return recorded;
	}

	/** Each meeting's attendance record for a process record file: attributed, so for the co-chairs only. */
	@Transactional(readOnly = true)
	public Map<UUID, List<ProcessFile.AttendanceEntry>> export(Viewer viewer) {
		if (!isAttributedFor(viewer)) {
			throw new DeskException.NotFound();
		}
		Map<UUID, String> codes = directory.allGroups()
			.stream()
			.collect(Collectors.toMap(GroupView::id, GroupView::code));
		Map<UUID, List<ProcessFile.AttendanceEntry>> bySession = new HashMap<>();
		for (AttendanceEvent event : events.findAllByOrderByOccurredOnAscRecordedAtAsc()) {
			bySession.computeIfAbsent(event.sessionId(), session -> new ArrayList<>())
				.add(new ProcessFile.AttendanceEntry(event.kind().name(),
						event.groupId() == null ? List.of() : List.of(codes.get(event.groupId())), event.occurredOn(),
						event.capacity(), event.agendaItem(), event.statedReason()));
		}
		return bySession;
	}

	private static AttendanceKind kindOf(String name) {
		try {
			return name == null ? null : AttendanceKind.valueOf(name);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
