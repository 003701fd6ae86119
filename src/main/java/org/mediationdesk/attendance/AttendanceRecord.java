package org.mediationdesk.attendance;

import org.mediationdesk.shared.SingleLine;
import java.time.Clock;
import java.time.Instant;
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
import org.mediationdesk.process.DatedMeeting;
import org.mediationdesk.process.FileProblems;
import org.mediationdesk.process.ProcessFile;
import org.mediationdesk.process.ProcessRecordFile;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.process.MeetingKind;
import org.mediationdesk.process.MeetingView;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.LinkedHashMap;
import java.util.Objects;


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
	private static final Set<MeetingKind> PUBLIC_MEETINGS = EnumSet.of(MeetingKind.WORKING_GROUP_I,
			MeetingKind.WORKING_GROUP_II, MeetingKind.PLENARY);

	private final AttendanceEventRepository events;
	private final MeetingAttendanceRepository meetings;
	private final RoundRecord rounds;
	private final ProcessRecordFile recordFile;
	private final ParticipantDirectory directory;
	private final AccessPolicy policy;
	private final ApplicationEventPublisher publisher;
	private final Clock clock;

	AttendanceRecord(AttendanceEventRepository events, MeetingAttendanceRepository meetings, RoundRecord rounds,
			ProcessRecordFile recordFile, ParticipantDirectory directory, AccessPolicy policy,
			ApplicationEventPublisher publisher, Clock clock) {
		this.events = events;
		this.meetings = meetings;
		this.rounds = rounds;
		this.recordFile = recordFile;
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
		Map<UUID, MeetingKind> kinds = rounds.meetings(number)
			.stream()
			.collect(Collectors.toMap(MeetingView::id, MeetingView::kind));
		return lines(viewer, kinds, language);
	}

	/**
	 * The attendance record of one meeting, as {@link #forRound} gives it for the meeting's round: attributed, or
	 * as the public projection of this meeting alone. The meeting is found as the viewer may see it (404 if there
	 * is none).
	 */
	@Transactional(readOnly = true)
	public List<AttendanceLine> forMeeting(Viewer viewer, UUID meetingId, LanguageCode language) {
		MeetingView meeting = rounds.meetingFor(viewer, meetingId)
			.map(DatedMeeting::meeting)
			.orElseThrow(DeskException.NotFound::new);
		return lines(viewer, Map.of(meeting.id(), meeting.kind()), language);
	}

	/** The record of the given meetings (each with its kind), attributed or as the public projection. */
	private List<AttendanceLine> lines(Viewer viewer, Map<UUID, MeetingKind> kinds, LanguageCode language) {
		if (kinds.isEmpty()) {
			return List.of();
		}
		Map<String, String> items = rounds.agenda()
			.stream()
			.collect(Collectors.toMap(AgendaItemView::code, item -> item.title(language), (a, b) -> a));
		Map<UUID, GroupView> groups = directory.allGroups()
			.stream()
			.collect(Collectors.toMap(GroupView::id, Function.identity()));
		boolean attributed = isAttributedFor(viewer);
		List<AttendanceEvent> entries = new ArrayList<>(events.findByMeetingIdInOrderByOccurredOnAscRecordedAtAsc(kinds.keySet()));
		entries.sort(AttendanceEvent.ORDER);
		Map<UUID, UUID> supersededBy = new HashMap<>();
		entries.stream().filter(entry -> entry.corrects() != null).forEach(entry -> supersededBy.put(entry.corrects(), entry.id()));
		List<AttendanceLine> lines = new ArrayList<>();
		Map<AttendanceLine, Integer> neutral = new LinkedHashMap<>();
		for (AttendanceEvent event : entries) {
			String item = event.agendaItem() == null ? null : items.get(event.agendaItem());
			if (attributed) {
				String group = event.groupId() == null ? null
						: Optional.ofNullable(groups.get(event.groupId())).map(found -> found.label(language)).orElse(null);
				lines.add(new AttendanceLine(event.id(), kinds.get(event.meetingId()), event.kind(), event.occurredOn(),
						event.occurredAt(), group, event.groupId(), item, event.statedReason(), event.capacity(),
						event.laterRecord(), event.laterReason(), event.corrects(), event.correctionReason(),
						supersededBy.get(event.id())));
			}
			else if (!supersededBy.containsKey(event.id()) && event.kind().publiclyNoted()
					&& PUBLIC_MEETINGS.contains(kinds.get(event.meetingId()))) {
				// in public, however many groups left, on whichever day, it is one walkout by some participants;
				// it is marked as a later record if any entry of it was
				AttendanceLine key = AttendanceLine.neutral(kinds.get(event.meetingId()), event.kind(), item, false);
				AttendanceLine later = AttendanceLine.neutral(kinds.get(event.meetingId()), event.kind(), item, true);
				if (event.laterRecord() && neutral.containsKey(key)) {
					neutral.put(later, neutral.remove(key));
				}
				else if (!neutral.containsKey(key) && !neutral.containsKey(later)) {
					neutral.put(event.laterRecord() ? later : key, neutral.size());
				}
			}
		}
		if (attributed) {
			return lines;
		}
		return neutral.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
	}

	/**
	 * Records an attendance event in a meeting of a round. Only the co-chairs and secretariat record
	 * attendance. The meeting's attendance decides whether the record stays coherent (a group walks out only
	 * while present, returns only after walking out …); of two records made at the same time about the same
	 * meeting, the one that did not see the other is refused as overtaken.
	 */
	@Transactional
	public AttendanceLine record(Viewer viewer, int number, NewAttendance attendance) {
		viewer.requireMediator();
		rounds.round(viewer, number); // 404 if there is no such round
		MeetingView meeting = rounds.meetingFor(viewer, attendance.meetingId())
			.filter(found -> found.roundNumber() == number)
			.map(DatedMeeting::meeting)
			.orElseThrow(() -> new DeskException.Invalid("attendance.meetingUnknown"));
		GroupView group = directory.group(attendance.groupId())
			.orElseThrow(() -> new DeskException.Invalid("attendance.groupRequired"));
		String item = attendance.agendaItem() == null || attendance.agendaItem().isBlank() ? null
				: attendance.agendaItem();
		if (item != null && rounds.agenda().stream().noneMatch(found -> found.code().equals(item))) {
			throw new DeskException.Invalid("attendance.itemUnknown");
		}
		String reason = attendance.statedReason() == null ? null : SingleLine.clean(attendance.statedReason()).strip();
		if (reason != null && reason.length() > 1000) {
			throw new DeskException.Invalid("attendance.reasonTooLong", 1000);
		}
		MeetingAttendance standing = meetings.findById(meeting.id()).orElseGet(() -> MeetingAttendance.of(meeting.id()));
		AttendanceEvent event = standing.record(new NewAttendance(meeting.id(), group.id(), attendance.kind(),
				attendance.occurredOn(), item, reason == null || reason.isEmpty() ? null : reason,
				attendance.capacity(), attendance.occurredAt(), attendance.laterReason()), meeting.heldOn(),
				group.label(), viewer.username(), clock);
		try {
			meetings.save(standing);
		}
		catch (ConcurrencyFailureException | DuplicateKeyException overtaken) {
			// another record about this meeting was stored since this one read it: decided on a stale state
			throw new DeskException.Conflict("attendance.recordedMeanwhile", group.label());
		}
		AttendanceEvent saved = events.save(event);
		publisher.publishEvent(new AttendanceRecorded(viewer.username(), saved.id(), saved.kind(), meeting.id(),
				group.id(), number));
		return new AttendanceLine(saved.id(), meeting.kind(), saved.kind(), saved.occurredOn(), saved.occurredAt(),
				group.label(), group.id(), item, saved.statedReason(), saved.capacity(), saved.laterRecord(),
				saved.laterReason(), null, null, null);
	}

	/**
	 * Corrects a mistaken entry of a round's attendance record: the correction supersedes it and gives the
	 * reason. The attributed record shows both; the public projection only the corrected result. Only the
	 * co-chairs and secretariat correct; an entry of another round, or one already corrected, is not corrected
	 * (correct the correction instead).
	 */
	@Transactional
	public AttendanceLine correct(Viewer viewer, int number, UUID entryId, AttendanceCorrection correction) {
		viewer.requireMediator();
		AttendanceEvent original = entryId == null ? null : events.findById(entryId).orElse(null);
		MeetingView meeting = Optional.ofNullable(original)
			.flatMap(entry -> rounds.meetingFor(viewer, entry.meetingId()))
			.filter(found -> found.roundNumber() == number)
			.map(DatedMeeting::meeting)
			.orElseThrow(DeskException.NotFound::new);
		if (correction == null) {
			throw new DeskException.Invalid("attendance.correctionNeedsReason");
		}
		if (correction.groupId() != null && directory.group(correction.groupId()).isEmpty()) {
			throw new DeskException.Invalid("attendance.groupRequired");
		}
		String item = correction.agendaItem();
		if (item != null && !item.isBlank() && rounds.agenda().stream().noneMatch(found -> found.code().equals(item))) {
			throw new DeskException.Invalid("attendance.itemUnknown");
		}
		MeetingAttendance standing = meetings.findById(meeting.id()).orElseGet(() -> MeetingAttendance.of(meeting.id()));
		Function<UUID, String> labels = group -> directory.group(group).map(GroupView::label).orElse("");
		AttendanceEvent corrected = standing.correct(events.findByMeetingId(meeting.id()), original, correction, labels,
				viewer.username(), clock);
		try {
			meetings.save(standing);
		}
		catch (ConcurrencyFailureException | DuplicateKeyException overtaken) {
			throw new DeskException.Conflict("attendance.recordedMeanwhile",
					labels.apply(original.groupId() == null ? corrected.groupId() : original.groupId()));
		}
		AttendanceEvent saved = events.save(corrected);
		publisher.publishEvent(new AttendanceCorrected(viewer.username(), saved.id(), original.id(), saved.kind(),
				meeting.id(), saved.groupId(), number));
		return new AttendanceLine(saved.id(), meeting.kind(), saved.kind(), saved.occurredOn(), saved.occurredAt(),
				saved.groupId() == null ? null : labels.apply(saved.groupId()), saved.groupId(), saved.agendaItem(),
				saved.statedReason(), saved.capacity(), saved.laterRecord(), saved.laterReason(), original.id(),
				saved.correctionReason(), null);
	}

	/** Whether anything is recorded in the meeting's attendance: such a meeting is not removed. */
	boolean recordsSomethingIn(UUID meetingId) {
		return events.existsByMeetingId(meetingId);
	}

	/**
	 * The equal-representation check of each meeting of a round: were the groups the process declares must be
	 * treated alike invited alike, and are they seated alike and in the same capacity? Attributed, so for the
	 * co-chairs and secretariat only.
	 */
	@Transactional(readOnly = true)
	public List<EqualityCheck> equalRepresentation(Viewer viewer, int number, LanguageCode language) {
		viewer.requireMediator(); // the attributed record
		List<GroupView> declared = rounds.process()
			.map(process -> process.equalTreatment()
				.stream()
				.map(directory::groupByCode)
				.flatMap(Optional::stream)
				.toList())
			.orElse(List.of());
		List<EqualityCheck> checks = new ArrayList<>();
		for (MeetingView meeting : rounds.meetings(number)) {
			MeetingAttendance standing = meetings.findById(meeting.id()).orElseGet(() -> MeetingAttendance.of(meeting.id()));
			boolean anyInvited = declared.stream().anyMatch(group -> meeting.invitedGroups().contains(group.code()));
			List<String> notInvited = new ArrayList<>();
			List<EqualityCheck.Seat> seated = new ArrayList<>();
			List<String> notSeated = new ArrayList<>();
			for (GroupView group : declared) {
				if (anyInvited && !meeting.invitedGroups().contains(group.code())) {
					notInvited.add(group.label(language));
				}
				// a return without a capacity keeps the one recorded when the group took its seat
				Optional<GroupAttendance> seat = standing.group(group.id()).filter(GroupAttendance::seated);
				if (seat.isPresent()) {
					seated.add(new EqualityCheck.Seat(group.label(language), seat.get().capacity()));
				}
				else {
					notSeated.add(group.label(language));
				}
			}
			boolean sameCapacity = seated.stream()
				.map(EqualityCheck.Seat::capacity)
				.filter(Objects::nonNull)
				.distinct()
				.count() <= 1;
			boolean alike = notInvited.isEmpty() && (seated.isEmpty() || notSeated.isEmpty()) && sameCapacity;
			checks.add(new EqualityCheck(meeting.kind(), meeting.topic(), alike, notInvited, seated, notSeated));
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
			List<ProcessFile.MeetingEntry> ofRound = file.rounds().get(r).meetings();
			for (int m = 0; m < ofRound.size(); m++) {
				List<ProcessFile.AttendanceEntry> entries = ofRound.get(m).attendance();
				for (int e = 0; e < entries.size(); e++) {
					ProcessFile.AttendanceEntry entry = entries.get(e);
					String at = "/rounds/" + r + "/meetings/" + m + "/attendance/" + e;
					AttendanceKind kind = kindOf(entry.kind());
					if (kind == null) {
						problems.add(at + "/kind", "import.notOneOf", String.valueOf(entry.kind()),
								List.of(AttendanceKind.values()).toString());
					}
					else if (entry.capacity() != null && !kind.seats()) {
						problems.add(at + "/capacity", "import.capacityNeedsSeat");
					}
					recordFile.checkGroups(at + "/groups", entry.groups(), problems);
					if (entry.agendaItem() != null && !items.contains(entry.agendaItem())) {
						problems.add(at + "/agendaItem", "import.unknownItem", entry.agendaItem());
					}
					problems.text(at + "/statedReason", entry.statedReason(), false, 1000);
					problems.text(at + "/laterReason", entry.laterReason(), false, 1000);
					problems.text(at + "/correctionReason", entry.correctionReason(), false, 1000);
				}
			}
		}
	}

	/**
	 * Records the attendance of the meetings of a checked file, in the file's order. An entry that names no
	 * group is an event the record does not attribute.
	 */
	@Transactional
	public int load(ProcessFile file, ProcessRecordFile.LoadedRecord loaded) {
		Instant now = clock.instant();
		int recorded = 0;
		for (ProcessFile.RoundEntry round : file.rounds()) {
			for (int m = 0; m < round.meetings().size(); m++) {
				UUID meeting = loaded.meeting(round.number(), m);
				// the file gives what happened; where each group stands follows from it, unchecked
				MeetingAttendance standing = meetings.findById(meeting).orElseGet(() -> MeetingAttendance.of(meeting));
				for (ProcessFile.AttendanceEntry entry : round.meetings().get(m).attendance()) {
					List<UUID> groups = entry.groups().isEmpty() ? Collections.singletonList(null)
							: entry.groups()
								.stream()
								.map(code -> directory.groupByCode(code).map(GroupView::id).orElseThrow())
								.toList();
					for (UUID group : groups) {
						// one microsecond apart, so that the record keeps the file's order within a day
						AttendanceEvent event = AttendanceEvent.record(meeting, group,
								kindOf(entry.kind()), entry.date(), entry.agendaItem(), entry.statedReason(),
								entry.capacity(), "import", now.plus(recorded, ChronoUnit.MICROS))
							.at(entry.time(), entry.laterReason());
						event = events.save(entry.correctionReason() == null ? event
								: AttendanceEvent.importedCorrection(event, entry.correctionReason()));
						standing.take(event);
						recorded++;
					}
				}
				meetings.save(standing);
			}
		}
		return recorded;
	}

	/** Each meeting's attendance record for a process record file: attributed, so for the co-chairs only. */
	@Transactional(readOnly = true)
	public Map<UUID, List<ProcessFile.AttendanceEntry>> export(Viewer viewer) {
		viewer.requireMediator(); // the attributed record
		Map<UUID, String> codes = directory.allGroups()
			.stream()
			.collect(Collectors.toMap(GroupView::id, GroupView::code));
		Map<UUID, List<ProcessFile.AttendanceEntry>> byMeeting = new HashMap<>();
		List<AttendanceEvent> all = new ArrayList<>(events.findAllByOrderByOccurredOnAscRecordedAtAsc());
		all.sort(AttendanceEvent.ORDER);
		Set<UUID> superseded = all.stream().map(AttendanceEvent::corrects).filter(Objects::nonNull)
			.collect(Collectors.toSet());
		// the file keeps the record as corrected: each correction in the place of the entry it corrects, with why
		for (AttendanceEvent event : all) {
			if (superseded.contains(event.id())) {
				continue;
			}
			byMeeting.computeIfAbsent(event.meetingId(), meeting -> new ArrayList<>())
				.add(new ProcessFile.AttendanceEntry(event.kind().name(),
						event.groupId() == null ? List.of() : List.of(codes.get(event.groupId())), event.occurredOn(),
						event.capacity(), event.agendaItem(), event.statedReason(), event.occurredAt(),
						event.laterReason(), event.correctionReason()));
		}
		return byMeeting;
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
