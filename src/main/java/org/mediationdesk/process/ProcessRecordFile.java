package org.mediationdesk.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.DeskException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process's part of a process record file: checking it (the process, its agenda, its rounds and their
 * meetings, its related meetings), loading it into an installation that records no process yet, and exporting
 * the process as such a file. {@link ProcessRecordPart} runs it among the other modules' parts; those parts check
 * their group codes with {@link #checkGroups} and attach what they load to the meetings of {@link LoadedRecord}.
 */
@Service
public class ProcessRecordFile {

	private final RoundRecord record;
	private final TalksProcessRepository processes;
	private final AgendaItemRepository agenda;
	private final RoundRepository rounds;
	private final RoundMeetingRepository meetings;
	private final RelatedMeetingRepository related;
	private final ParticipantDirectory directory;

	ProcessRecordFile(RoundRecord record, TalksProcessRepository processes, AgendaItemRepository agenda,
			RoundRepository rounds, RoundMeetingRepository meetings, RelatedMeetingRepository related,
			ParticipantDirectory directory) {
		this.record = record;
		this.processes = processes;
		this.agenda = agenda;
		this.rounds = rounds;
		this.meetings = meetings;
		this.related = related;
		this.directory = directory;
	}

	/**
	 * Checks the process's part of a record file: the process, its agenda, its rounds and their meetings, and
	 * its related meetings. Adds what is wrong to the file's problems.
	 */
	public void check(ProcessFile file, FileProblems problems) {
		if (file.formatVersion() == null || file.formatVersion() < ProcessFile.OLDEST_FORMAT_VERSION
				|| file.formatVersion() > ProcessFile.FORMAT_VERSION) {
			problems.add("/formatVersion", "import.formatVersion", String.valueOf(file.formatVersion()),
					ProcessFile.FORMAT_VERSION);
		}
		ProcessFile.ProcessEntry process = file.process();
		problems.required("/process", process);
		if (process != null) {
			problems.text("/process/code", process.code(), true, 20);
			problems.text("/process/name", process.name(), true, 200);
			problems.text("/process/nameRu", process.nameRu(), false, 200);
			problems.text("/process/venue", process.venue(), false, 200);
			problems.text("/process/mandate", process.mandate(), false, 4000);
			problems.text("/process/nameKa", process.nameKa(), false, 200);
			problems.text("/process/venueRu", process.venueRu(), false, 200);
			problems.text("/process/venueKa", process.venueKa(), false, 200);
			problems.text("/process/mandateRu", process.mandateRu(), false, 4000);
			problems.text("/process/mandateKa", process.mandateKa(), false, 4000);
			checkGroups("/process/equalTreatment", process.equalTreatment(), problems);
		}
		Set<String> items = new HashSet<>();
		for (int i = 0; i < file.agendaItems().size(); i++) {
			ProcessFile.AgendaEntry item = file.agendaItems().get(i);
			String at = "/agendaItems/" + i;
			problems.text(at + "/code", item.code(), true, 30);
			if (item.code() != null && !items.add(item.code())) {
				problems.add(at + "/code", "import.duplicate", item.code());
			}
			problems.required(at + "/workingGroup", item.workingGroup());
			problems.text(at + "/title", item.title(), true, 300);
			problems.text(at + "/titleRu", item.titleRu(), false, 300);
			problems.text(at + "/titleKa", item.titleKa(), false, 300);
		}
		Set<Integer> numbers = new HashSet<>();
		for (int i = 0; i < file.rounds().size(); i++) {
			checkRound(file.rounds().get(i), "/rounds/" + i, items, numbers, problems);
		}
		for (int i = 0; i < file.relatedMeetings().size(); i++) {
			ProcessFile.RelatedMeetingEntry meeting = file.relatedMeetings().get(i);
			String at = "/relatedMeetings/" + i;
			problems.text(at + "/title", meeting.title(), true, 300);
			problems.text(at + "/dateNote", meeting.dateNote(), false, 300);
			problems.text(at + "/place", meeting.place(), false, 200);
			problems.text(at + "/summary", meeting.summary(), false, 2000);
			problems.text(at + "/source", meeting.source(), false, 500);
			checkGroups(at + "/groups", meeting.groups(), problems);
		}
	}

	private void checkRound(ProcessFile.RoundEntry round, String at, Set<String> items, Set<Integer> numbers,
			FileProblems problems) {
		if (round.number() < 1) {
			problems.add(at + "/number", "import.numberInvalid");
		}
		else if (!numbers.add(round.number())) {
			problems.add(at + "/number", "import.duplicate", round.number());
		}
		problems.required(at + "/status", round.status());
		if (round.startDate() != null && round.endDate() != null && round.endDate().isBefore(round.startDate())) {
			problems.add(at + "/endDate", "import.endsBeforeStart");
		}
		checkRoundTexts(round, at, problems);
		Set<String> decided = new HashSet<>();
		for (int i = 0; i < round.outcomes().size(); i++) {
			ProcessFile.OutcomeEntry outcome = round.outcomes().get(i);
			if (outcome.item() == null || !items.contains(outcome.item())) {
				problems.add(at + "/outcomes/" + i + "/item", "import.unknownItem", String.valueOf(outcome.item()));
			}
			else if (!decided.add(outcome.item())) {
				problems.add(at + "/outcomes/" + i + "/item", "import.duplicate", outcome.item());
			}
			problems.required(at + "/outcomes/" + i + "/outcome", outcome.outcome());
		}
		for (int i = 0; i < round.decisions().size(); i++) {
			problems.text(at + "/decisions/" + i + "/text", round.decisions().get(i).text(), true, 1000);
			problems.required(at + "/decisions/" + i + "/status", round.decisions().get(i).status());
		}
		for (int i = 0; i < round.meetings().size(); i++) {
			ProcessFile.MeetingEntry meeting = round.meetings().get(i);
			String where = at + "/meetings/" + i;
			problems.required(where + "/kind", meeting.kind());
			problems.text(where + "/topic", meeting.topic(), false, 300);
			problems.text(where + "/place", meeting.place(), false, 200);
			problems.text(where + "/coModerators", meeting.coModerators(), false, 300);
			checkGroups(where + "/invitedGroups", meeting.invitedGroups(), problems);
		}
		for (int i = 0; i < round.sources().size(); i++) {
			problems.text(at + "/sources/" + i, round.sources().get(i), true, 500);
			problems.address(at + "/sources/" + i, round.sources().get(i));
		}
		if (String.join("\n", round.sources()).length() > 4000) {
			problems.add(at + "/sources", "import.tooLong", 4000);
		}
	}

	/** The public texts, notes and reasons of a round of the file: each fits its column. */
	private static void checkRoundTexts(ProcessFile.RoundEntry round, String at, FileProblems problems) {
		problems.text(at + "/dateNote", round.dateNote(), false, 300);
		problems.text(at + "/venue", round.venue(), false, 200);
		problems.text(at + "/publicSummary", round.publicSummary(), false, 2000);
		problems.text(at + "/internalNote", round.internalNote(), false, 2000);
		problems.text(at + "/statusReason", round.statusReason(), false, 1000);
		problems.text(at + "/publicSummaryRu", round.publicSummaryRu(), false, 2000);
		problems.text(at + "/publicSummaryKa", round.publicSummaryKa(), false, 2000);
		problems.text(at + "/venueRu", round.venueRu(), false, 200);
		problems.text(at + "/venueKa", round.venueKa(), false, 200);
		problems.text(at + "/dateNoteRu", round.dateNoteRu(), false, 300);
		problems.text(at + "/dateNoteKa", round.dateNoteKa(), false, 300);
		problems.text(at + "/statusReasonRu", round.statusReasonRu(), false, 1000);
		problems.text(at + "/statusReasonKa", round.statusReasonKa(), false, 1000);
		problems.text(at + "/agenda", round.agenda(), false, 2000);
		problems.text(at + "/agendaRu", round.agendaRu(), false, 2000);
		problems.text(at + "/agendaKa", round.agendaKa(), false, 2000);
		for (int i = 0; i < round.postponements().size(); i++) {
			problems.text(at + "/postponements/" + i + "/reason", round.postponements().get(i).reason(), false, 1000);
			problems.text(at + "/postponements/" + i + "/reasonRu", round.postponements().get(i).reasonRu(), false, 1000);
			problems.text(at + "/postponements/" + i + "/reasonKa", round.postponements().get(i).reasonKa(), false, 1000);
		}
	}

	/**
	 * Checks that each code names a participant group of the directory, once, and that the list fits the
	 * column it is kept in.
	 */
	public void checkGroups(String at, List<String> codes, FileProblems problems) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < codes.size(); i++) {
			if (directory.groupByCode(codes.get(i)).isEmpty()) {
				problems.add(at + "/" + i, "import.unknownGroup", codes.get(i));
			}
			else if (!seen.add(codes.get(i))) {
				problems.add(at + "/" + i, "import.duplicate", codes.get(i));
			}
		}
		if (String.join(",", codes).length() > 200) {
			problems.add(at, "import.tooLong", 200);
		}
	}

	/** What an import created that the other modules attach their parts to: the meetings of each round. */
	public record LoadedRecord(String processCode, Map<Integer, List<UUID>> meetingsByRound) {

		/** The meeting at this position of the round's list in the file. */
		public UUID meeting(int roundNumber, int index) {
			return meetingsByRound.get(roundNumber).get(index);
		}
	}

	/**
	 * Records the process of a checked file. Refuses if this installation records a process already: it
	 * runs one process.
	 */
	@Transactional
	public LoadedRecord load(ProcessFile file) {
		if (processes.count() > 0) {
			throw new DeskException.Conflict("import.processExists", record.process().map(ProcessView::code).orElse(""));
		}
		ProcessFile.ProcessEntry entry = file.process();
		TalksProcess process = processes.save(TalksProcess.of(entry));
		int order = 0;
		for (ProcessFile.AgendaEntry item : file.agendaItems()) {
			agenda.save(AgendaItem.of(process.id(), item, order++));
		}
		Map<Integer, List<UUID>> meetingsByRound = new HashMap<>();
		for (ProcessFile.RoundEntry round : file.rounds()) {
			Round saved = rounds.save(Round.imported(process.id(), round));
			List<UUID> ids = new ArrayList<>();
			for (ProcessFile.MeetingEntry meeting : round.meetings()) {
				ids.add(meetings.save(RoundMeeting.of(saved.id(), new NewMeeting(meeting.kind(), meeting.topic(),
						meeting.heldOn(), meeting.startsAt(), meeting.place(), meeting.coModerators(),
						meeting.invitedGroups()))).id());
			}
			meetingsByRound.put(round.number(), ids);
		}
		for (ProcessFile.RelatedMeetingEntry meeting : file.relatedMeetings()) {
			related.save(RelatedMeeting.of(process.id(), meeting.title(), meeting.heldOn(), meeting.dateNote(),
					meeting.place(), String.join(",", meeting.groups()), meeting.summary(), meeting.source()));
		}
		return new LoadedRecord(entry.code(), meetingsByRound);
	}

	/**
	 * The process as a record file, for the co-chairs and secretariat: everything but the accounts, with each
	 * meeting's attendance as the attendance record gives it.
	 */
	@Transactional(readOnly = true)
	public ProcessFile export(Viewer viewer, Function<UUID, List<ProcessFile.AttendanceEntry>> attendanceOf,
			List<ProcessFile.AccountEntry> accounts) {
		viewer.requireMediator();
		TalksProcess process = processes.findAll().stream().findFirst().orElseThrow(DeskException.NotFound::new);
		ProcessView view = process.view();
		List<ProcessFile.AgendaEntry> items = record.agenda().stream()
			.map(item -> new ProcessFile.AgendaEntry(item.code(), item.workingGroup(), item.title(), item.titleRu(),
					item.titleKa()))
			.toList();
		List<ProcessFile.RoundEntry> entries = new ArrayList<>();
		for (Round round : rounds.findByProcessIdOrderByNumber(view.id())) {
			List<ProcessFile.MeetingEntry> ofRound = meetings.findByRoundId(round.id())
				.stream()
				.map(RoundMeeting::view)
				.sorted(RoundMeeting.ORDER)
				.map(meeting -> new ProcessFile.MeetingEntry(meeting.kind(), meeting.topic(), meeting.heldOn(),
						meeting.startsAt(), meeting.place(), meeting.coModerators(), meeting.invitedGroups(),
						attendanceOf.apply(meeting.id())))
				.toList();
			entries.add(round.export(ofRound));
		}
		List<ProcessFile.RelatedMeetingEntry> relatedEntries = record.relatedMeetings().stream()
			.map(meeting -> new ProcessFile.RelatedMeetingEntry(meeting.title(), meeting.heldOn(), meeting.dateNote(),
					meeting.place(), meeting.groups(), meeting.summary(), meeting.source()))
			.toList();
		return new ProcessFile(ProcessFile.FORMAT_VERSION, new ProcessFile.ProcessEntry(view.code(), view.name(),
				view.nameRu(), view.venue(), view.mandate(), view.equalTreatment(), view.names().ka(),
				view.venues().ru(), view.venues().ka(), view.mandates().ru(), view.mandates().ka()), items, entries,
				accounts, relatedEntries);
	}
}
