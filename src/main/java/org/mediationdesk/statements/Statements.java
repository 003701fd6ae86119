package org.mediationdesk.statements;

import org.mediationdesk.shared.SingleLine;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.mediationdesk.confidentiality.AccessPolicy;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceKind;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.process.FileProblems;
import org.mediationdesk.process.ProcessFile;
import org.mediationdesk.process.ProcessRecordFile;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * The accounts of each round, side by side and none privileged, each shown only to its audience. The
 * co-chairs and secretariat record any source's account; a participant records their own group's.
 */
@Service
public class Statements {

	private static final Pattern ADDRESS = Pattern.compile("https?://\\S{1,490}");

	private final StatementRepository repository;
	private final RoundRecord rounds;
	private final ProcessRecordFile recordFile;
	private final ParticipantDirectory directory;
	private final AccessPolicy policy;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Statements(StatementRepository repository, RoundRecord rounds, ProcessRecordFile recordFile,
			ParticipantDirectory directory, AccessPolicy policy, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.rounds = rounds;
		this.recordFile = recordFile;
		this.directory = directory;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<StatementView> forRound(Viewer viewer, int number, LanguageCode language) {
		UUID round = rounds.round(viewer, number).id();
		return repository.findByRoundIdOrderByPublishedAsc(round)
			.stream()
			.filter(account -> policy.maySee(viewer, account.audience()))
			.map(account -> account.view(directory.group(account.groupId()).map(group -> group.label(language))
				.orElse(null)))
			.toList();
	}

	/** Whether the viewer may record accounts at all. */
	public boolean mayRecord(Viewer viewer) {
		return viewer.isMediator() || viewer.isParticipant();
	}

	@Transactional
	public StatementView record(Viewer viewer, int number, NewStatement account) {
		if (!mayRecord(viewer)) {
			throw new DeskException.NotFound();
		}
		UUID round = rounds.round(viewer, number).id();
		NewStatement checked = check(viewer, account);
		Statement recorded = repository.save(Statement.record(round, checked, viewer.username(), clock.instant()));
		events.publishEvent(new StatementRecorded(viewer.username(), recorded.id(), number,
				checked.sourceKind(), recorded.audience()));
		return recorded.view(directory.group(recorded.groupId()).map(GroupView::label).orElse(null));
	}

	private NewStatement check(Viewer viewer, NewStatement account) {
		if (account.sourceKind() == null) {
			throw new DeskException.Invalid("account.sourceRequired");
		}
		SourceKind source = viewer.isParticipant() ? SourceKind.PARTICIPANT_GROUP : account.sourceKind();
		UUID group = viewer.isParticipant() ? viewer.groupId() : account.groupId();
		if (source == SourceKind.PARTICIPANT_GROUP && directory.group(group).isEmpty()) {
			throw new DeskException.Invalid("account.sourceGroupRequired");
		}
		String outlet = account.outlet() == null ? "" : SingleLine.clean(account.outlet()).strip();
		String summary = account.summary() == null ? "" : account.summary().strip();
		String url = account.url() == null || account.url().isBlank() ? null : account.url().strip();
		if (outlet.isEmpty() || outlet.length() > 200) {
			throw new DeskException.Invalid("account.outletInvalid", 200);
		}
		if (summary.isEmpty() || summary.length() > 2000) {
			throw new DeskException.Invalid("account.summaryInvalid", 2000);
		}
		if (url != null && !ADDRESS.matcher(url).matches()) {
			throw new DeskException.Invalid("account.urlInvalid");
		}
		if (account.audience() == null || !policy.mayAssign(viewer, account.audience())) {
			throw new DeskException.Invalid("document.audienceNotAllowed");
		}
		return new NewStatement(source, group, outlet, account.published(), url, summary, account.audience());
	}

	/**
	 * Checks the accounts in a process record file: each of a round the file has, from a known source, with
	 * an outlet, a summary and an audience.
	 */
	public void check(ProcessFile file, FileProblems problems) {
		Set<Integer> numbers = file.rounds().stream().map(ProcessFile.RoundEntry::number).collect(Collectors.toSet());
		for (int i = 0; i < file.accounts().size(); i++) {
			ProcessFile.AccountEntry entry = file.accounts().get(i);
			String at = "/accounts/" + i;
			if (!numbers.contains(entry.round())) {
				problems.add(at + "/round", "import.unknownRound", entry.round());
			}
			SourceKind source = valueOf(SourceKind.class, entry.sourceKind());
			if (source == null) {
				problems.add(at + "/sourceKind", "import.notOneOf", String.valueOf(entry.sourceKind()),
						List.of(SourceKind.values()).toString());
			}
			if (source == SourceKind.PARTICIPANT_GROUP || entry.group() != null) {
				problems.required(at + "/group", entry.group());
				recordFile.checkGroups(at + "/group", entry.group() == null ? List.of() : List.of(entry.group()), problems);
			}
			problems.text(at + "/outlet", entry.outlet(), true, 200);
			problems.text(at + "/summary", entry.summary(), true, 2000);
			problems.address(at + "/url", entry.url());
			AudienceKind audience = valueOf(AudienceKind.class, entry.audience());
			if (audience == null) {
				problems.add(at + "/audience", "import.notOneOf", String.valueOf(entry.audience()),
						List.of(AudienceKind.values()).toString());
			}
			else if (audience.namesGroup()) {
				problems.required(at + "/audienceGroup", entry.audienceGroup());
				recordFile.checkGroups(at + "/audienceGroup",
						entry.audienceGroup() == null ? List.of() : List.of(entry.audienceGroup()), problems);
			}
		}
	}

	/** Records the accounts of a checked file. */
	@Transactional
	public int load(ProcessFile file) {
		Map<Integer, UUID> rounds = this.rounds.roundIds();
		Instant now = clock.instant();
		for (ProcessFile.AccountEntry entry : file.accounts()) {
			UUID group = entry.group() == null ? null : groupId(entry.group());
			AudienceKind kind = AudienceKind.valueOf(entry.audience());
			Audience audience = new Audience(kind, kind.namesGroup() ? groupId(entry.audienceGroup()) : null);
			repository.save(Statement.record(rounds.get(entry.round()), new NewStatement(
					SourceKind.valueOf(entry.sourceKind()), group, entry.outlet(), entry.published(), entry.url(),
					entry.summary(), audience), "import", now));
		}
		return file.accounts().size();
	}

	/**
	 * The accounts for a process record file: those the viewer (one of the co-chairs or secretariat) may
	 * see. A group's private accounts never leave it.
	 */
	@Transactional(readOnly = true)
	public List<ProcessFile.AccountEntry> export(Viewer viewer) {
		viewer.requireMediator();
		Map<UUID, Integer> numbers = rounds.roundIds()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
		Map<UUID, String> codes = directory.allGroups()
			.stream()
			.collect(Collectors.toMap(GroupView::id, GroupView::code));
		return repository.findAll()
			.stream()
			.filter(account -> policy.maySee(viewer, account.audience()))
			.map(account -> account.export(numbers.get(account.roundId()), codes))
			.sorted(Comparator.comparing(ProcessFile.AccountEntry::round)
				.thenComparing(ProcessFile.AccountEntry::published, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(ProcessFile.AccountEntry::outlet)
				.thenComparing(ProcessFile.AccountEntry::summary))
			.toList();
	}

	private UUID groupId(String code) {
		return directory.groupByCode(code).map(GroupView::id).orElseThrow();
	}

	private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
		try {
			return name == null ? null : Enum.valueOf(type, name);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
