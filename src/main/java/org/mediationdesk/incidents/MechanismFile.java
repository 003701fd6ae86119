package org.mediationdesk.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.process.FileProblems;
import org.mediationdesk.process.ProcessFile;
import org.mediationdesk.process.ProcessFile.MechanismEntry;
import org.mediationdesk.process.ProcessFile.MechanismMeetingEntry;
import org.mediationdesk.process.ProcessFile.SuspensionEntry;
import org.mediationdesk.process.ProcessRecordFile;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.Localized;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mechanisms' part of a process record file: each mechanism with its suspension periods and its meetings,
 * checked whole before anything is loaded, and exported as everyone may read them (what a mechanism is, that its
 * meetings took place, their outcomes and public statements) together with their venues and next dates.
 */
@Component
class MechanismFile {

	private final MechanismRepository mechanisms;
	private final MechanismMeetingRepository meetings;
	private final ParticipantDirectory directory;
	private final ProcessRecordFile recordFile;

	MechanismFile(MechanismRepository mechanisms, MechanismMeetingRepository meetings, ParticipantDirectory directory,
			ProcessRecordFile recordFile) {
		this.mechanisms = mechanisms;
		this.meetings = meetings;
		this.directory = directory;
		this.recordFile = recordFile;
	}

	void check(ProcessFile file, FileProblems problems) {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < file.mechanisms().size(); i++) {
			MechanismEntry entry = file.mechanisms().get(i);
			String at = "/mechanisms/" + i;
			if (entry.code() == null || !entry.code().matches("[A-Z]{2,6}")) {
				problems.add(at + "/code", "import.mechanismCode", String.valueOf(entry.code()));
			}
			else if (!codes.add(entry.code())) {
				problems.add(at + "/code", "import.duplicate", entry.code());
			}
			problems.text(at + "/name", entry.name(), true, 200);
			problems.text(at + "/theatre", entry.theatre(), true, 200);
			problems.text(at + "/hotlineOperator", entry.hotlineOperator(), false, 200);
			oneOf(at + "/rhythm", entry.rhythm(), Rhythm.class, true, problems);
			if (entry.facilitators().isEmpty()) {
				problems.required(at + "/facilitators", null);
			}
			for (int f = 0; f < entry.facilitators().size(); f++) {
				oneOf(at + "/facilitators/" + f, entry.facilitators().get(f), Institution.class, true, problems);
			}
			if (entry.groups().size() < 2) {
				problems.add(at + "/groups", "import.mechanismGroups");
			}
			recordFile.checkGroups(at + "/groups", entry.groups(), problems);
			checkSuspensions(at, entry.suspensions(), problems);
			checkMeetings(at, entry.meetings(), problems);
		}
	}

	private void checkSuspensions(String at, List<SuspensionEntry> suspensions, FileProblems problems) {
		LocalDate lastEnd = null;
		for (int s = 0; s < suspensions.size(); s++) {
			SuspensionEntry suspension = suspensions.get(s);
			String here = at + "/suspensions/" + s;
			problems.required(here + "/from", suspension.from());
			problems.text(here + "/reason", suspension.reason(), true, 1000);
			problems.address(here + "/source", suspension.source());
			if (suspension.from() == null) {
				continue;
			}
			boolean overlaps = lastEnd == null ? s > 0 : suspension.from().isBefore(lastEnd);
			if (overlaps || (suspension.to() != null && suspension.to().isBefore(suspension.from()))) {
				problems.add(here, "import.suspensionOverlaps");
			}
			lastEnd = suspension.to();
		}
	}

	private void checkMeetings(String at, List<MechanismMeetingEntry> entries, FileProblems problems) {
		Set<String> numbers = new HashSet<>();
		for (int m = 0; m < entries.size(); m++) {
			MechanismMeetingEntry meeting = entries.get(m);
			String here = at + "/meetings/" + m;
			oneOf(here + "/kind", meeting.kind(), MechanismMeetingKind.class, true, problems);
			if (meeting.number() != null && (meeting.number() < 1 || !numbers.add(meeting.kind() + meeting.number()))) {
				problems.add(here + "/number", "import.duplicate", String.valueOf(meeting.number()));
			}
			problems.required(here + "/heldOn", meeting.heldOn());
			TimePrecision precision = oneOf(here + "/datePrecision", meeting.datePrecision(), TimePrecision.class, false,
					problems);
			if (precision != null && precision != TimePrecision.DAY && precision != TimePrecision.MONTH) {
				problems.add(here + "/datePrecision", "import.notOneOf", precision.name(), "[DAY, MONTH]");
			}
			oneOf(here + "/outcome", meeting.outcome(), MeetingOutcome.class, false, problems);
			if (meeting.nextOn() != null && meeting.heldOn() != null && !meeting.nextOn().isAfter(meeting.heldOn())) {
				problems.add(here + "/nextOn", "import.nextBeforeMeeting");
			}
			problems.text(here + "/venue", meeting.venue(), false, 200);
			problems.text(here + "/statement", meeting.statement(), false, 4000);
			problems.text(here + "/statementRu", meeting.statementRu(), false, 4000);
			problems.text(here + "/statementKa", meeting.statementKa(), false, 4000);
			problems.address(here + "/source", meeting.source());
		}
	}

	static <E extends Enum<E>> E oneOf(String at, String value, Class<E> type, boolean required,
			FileProblems problems) {
		if (value == null) {
			if (required) {
				problems.required(at, null);
			}
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException e) {
			problems.add(at, "import.notOneOf", value, List.of(type.getEnumConstants()).toString());
			return null;
		}
	}

	/** Records the mechanisms of a checked file; returns how many meetings it recorded. */
	@Transactional
	int load(ProcessFile file, Instant at) {
		int recorded = 0;
		for (MechanismEntry entry : file.mechanisms()) {
			if (mechanisms.findByCode(entry.code()).isPresent()) {
				throw new DeskException.Conflict("mechanisms.codeTaken", entry.code());
			}
			Mechanism mechanism = Mechanism.register(new NewMechanism(entry.code(),
					new Localized(entry.name(), entry.nameRu(), entry.nameKa()),
					new Localized(entry.theatre(), entry.theatreRu(), entry.theatreKa()),
					entry.facilitators().stream().map(Institution::valueOf).toList(),
					entry.groups().stream().map(code -> directory.groupByCode(code).orElseThrow().id()).toList(),
					new Localized(entry.hotlineOperator(), entry.hotlineOperatorRu(), entry.hotlineOperatorKa()),
					Rhythm.valueOf(entry.rhythm())));
			entry.suspensions().forEach(s -> mechanism.recordSuspension(new MechanismSuspension(s.from(), s.to(),
					s.reason(), s.reasonRu(), s.reasonKa(), s.source())));
			mechanisms.save(mechanism);
			for (MechanismMeetingEntry meeting : entry.meetings()) {
				meetings.save(MechanismMeeting.recorded(mechanism.id(), meeting.number(), new NewMechanismMeeting(
						MechanismMeetingKind.valueOf(meeting.kind()), meeting.heldOn(),
						meeting.datePrecision() == null ? TimePrecision.DAY : TimePrecision.valueOf(meeting.datePrecision()),
						meeting.venue(), List.of()),
						meeting.outcome() == null ? null : MeetingOutcome.valueOf(meeting.outcome()), meeting.nextOn(),
						new Localized(meeting.statement(), meeting.statementRu(), meeting.statementKa()), meeting.source(), at));
				recorded++;
			}
		}
		return recorded;
	}

	@Transactional(readOnly = true)
	List<MechanismEntry> export() {
		List<MechanismEntry> entries = new ArrayList<>();
		for (Mechanism mechanism : mechanisms.findAll().stream().sorted(Comparator.comparing(Mechanism::code)).toList()) {
			List<String> groups = mechanism.groupIds().stream().map(directory::group)
				.flatMap(Optional::stream).map(GroupView::code).sorted().toList();
			List<SuspensionEntry> suspensions = mechanism.suspensions().stream().map(s -> new SuspensionEntry(
					s.suspendedOn(), s.resumedOn(), s.reason(), s.reasonRu(), s.reasonKa(), s.source())).toList();
			List<MechanismMeetingEntry> meetingEntries = meetings.findByMechanismIdOrderByHeldOnDesc(mechanism.id())
				.stream().sorted(Comparator.comparing(MechanismMeeting::heldOn).thenComparing(MechanismMeeting::kind)
					.thenComparing(MechanismMeeting::number, Comparator.nullsFirst(Comparator.naturalOrder())))
				.map(MechanismFile::entry).toList();
			Localized name = mechanism.name();
			Localized theatre = mechanism.theatre();
			Localized operator = mechanism.hotlineOperator();
			entries.add(new MechanismEntry(mechanism.code(), name.en(), name.ru(), name.ka(), theatre.en(), theatre.ru(),
					theatre.ka(), mechanism.facilitators().stream().map(Institution::name).toList(), groups, operator.en(),
					operator.ru(), operator.ka(), mechanism.rhythm().name(), suspensions, meetingEntries, List.of()));
		}
		return entries;
	}

	private static MechanismMeetingEntry entry(MechanismMeeting meeting) {
		Localized statement = meeting.statement();
		return new MechanismMeetingEntry(meeting.kind().name(), meeting.number(), meeting.heldOn(),
				meeting.datePrecision() == TimePrecision.DAY ? null : meeting.datePrecision().name(), meeting.venue(),
				meeting.outcome() == null ? null : meeting.outcome().name(), meeting.nextOn(), statement.en(),
				statement.ru(), statement.ka(), meeting.source());
	}
}
