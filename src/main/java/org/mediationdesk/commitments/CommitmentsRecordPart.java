package org.mediationdesk.commitments;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceKind;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.process.FileProblems;
import org.mediationdesk.process.ProcessFile;
import org.mediationdesk.process.ProcessFile.CommitmentEntry;
import org.mediationdesk.process.ProcessFile.CommitmentReadingEntry;
import org.mediationdesk.process.ProcessFile.CommitmentStepEntry;
import org.mediationdesk.process.RecordExport;
import org.mediationdesk.process.RecordImport;
import org.mediationdesk.process.RecordPart;
import org.mediationdesk.shared.Localized;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commitments' part of a process record file, after the mechanisms: each commitment under its code, with the
 * rounds that discussed it and the sides' readings. A commitment whose code the installation already records is
 * left as it is.
 */
@Component
@Order(5)
class CommitmentsRecordPart implements RecordPart {

	/** Who recorded what a file brings: the file, not a login of this installation. */
	static final String IMPORTED = "record-file";

	private final CommitmentRepository commitments;
	private final ParticipantDirectory directory;
	private final Clock clock;

	CommitmentsRecordPart(CommitmentRepository commitments, ParticipantDirectory directory, Clock clock) {
		this.commitments = commitments;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "commitments";
	}

	@Override
	public void check(ProcessFile file, FileProblems problems) {
		Set<Integer> rounds = file.rounds().stream().map(ProcessFile.RoundEntry::number).collect(Collectors.toSet());
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < file.commitments().size(); i++) {
			CommitmentEntry entry = file.commitments().get(i);
			String at = "/commitments/" + i;
			if (entry.code() != null && !codes.add(entry.code())) {
				problems.add(at + "/code", "import.duplicate", entry.code());
			}
			problems.text(at + "/title", entry.title(), true, CommitmentChecks.TITLE);
			problems.text(at + "/text", entry.text(), true, CommitmentChecks.TEXT);
			for (String group : entry.groups()) {
				if (directory.groupByCode(group).isEmpty()) {
					problems.add(at + "/groups", "import.unknownGroup", group);
				}
			}
			oneOf(at + "/sourceKind", entry.sourceKind(), SourceKind.class, problems);
			oneOf(at + "/audience", entry.audience(), AudienceKind.class, problems);
			if (entry.sourceRound() != null && !rounds.contains(entry.sourceRound())) {
				problems.add(at + "/sourceRound", "import.unknownRound", entry.sourceRound());
			}
			if (entry.steps().isEmpty()) {
				problems.required(at + "/steps", null);
			}
			int last = 0;
			for (int s = 0; s < entry.steps().size(); s++) {
				CommitmentStepEntry step = entry.steps().get(s);
				if (!rounds.contains(step.round()) || step.round() <= last) {
					problems.add(at + "/steps/" + s + "/round", "import.unknownRound", step.round());
				}
				last = step.round();
				oneOf(at + "/steps/" + s + "/status", step.status(), CommitmentStatus.class, problems);
				problems.text(at + "/steps/" + s + "/note", step.note(), true, CommitmentChecks.NOTE);
			}
			for (int r = 0; r < entry.readings().size(); r++) {
				CommitmentReadingEntry reading = entry.readings().get(r);
				if (reading.group() == null || directory.groupByCode(reading.group()).isEmpty()) {
					problems.add(at + "/readings/" + r + "/group", "import.unknownGroup", String.valueOf(reading.group()));
				}
				problems.text(at + "/readings/" + r + "/text", reading.text(), true, CommitmentChecks.TEXT);
			}
		}
	}

	private static <E extends Enum<E>> void oneOf(String at, String value, Class<E> type, FileProblems problems) {
		if (value == null || Arrays.stream(type.getEnumConstants()).noneMatch(constant -> constant.name().equals(value))) {
			problems.add(at, "import.notOneOf", String.valueOf(value), Arrays.stream(type.getEnumConstants())
				.map(Enum::name).collect(Collectors.joining(", ")));
		}
	}

	@Override
	@Transactional
	public int load(ProcessFile file, RecordImport loading) {
		Map<String, UUID> groups = directory.allGroups().stream().collect(Collectors.toMap(GroupView::code, GroupView::id));
		int recorded = 0;
		for (CommitmentEntry entry : file.commitments()) {
			if (entry.code() != null && commitments.findByCode(entry.code()).isPresent()) {
				continue;
			}
			Instant at = entry.recordedAt() == null ? clock.instant() : entry.recordedAt();
			List<CommitmentStep> steps = entry.steps().stream().map(step -> new CommitmentStep(step.round(),
					CommitmentStatus.valueOf(step.status()), step.note(), step.noteRu(), step.noteKa(), step.confidential(),
					step.source(), IMPORTED, step.recordedAt() == null ? at : step.recordedAt())).toList();
			AudienceKind kind = AudienceKind.valueOf(entry.audience());
			Audience audience = new Audience(kind, kind.namesGroup() ? groups.get(entry.audienceGroup()) : null);
			Commitment commitment = Commitment.record(entry.code(), new Localized(entry.title(), entry.titleRu(),
					entry.titleKa()), new Localized(entry.text(), entry.textRu(), entry.textKa()), new Makers(entry.groups(),
							entry.coChairs(), entry.mechanism()), new CommitmentSource(SourceKind.valueOf(entry.sourceKind()),
									entry.sourceRound(), entry.sourceReference(), entry.sourceLink()), audience, steps.get(0),
					IMPORTED, at);
			steps.subList(1, steps.size()).forEach(commitment::progress);
			for (CommitmentReadingEntry reading : entry.readings()) {
				commitment.read(new CommitmentReading(groups.get(reading.group()), reading.text(), IMPORTED,
						reading.givenAt() == null ? at : reading.givenAt()));
			}
			commitments.save(commitment);
			recorded++;
		}
		return recorded;
	}

	@Override
	public void export(Viewer viewer, RecordExport exporting) {
		viewer.requireMediator();
		Map<UUID, String> codes = directory.allGroups().stream().collect(Collectors.toMap(GroupView::id, GroupView::code));
		exporting.commitments(commitments.findAll().stream()
			.sorted(Comparator.comparing(Commitment::createdAt)
				.thenComparing(commitment -> String.valueOf(commitment.code()))
				.thenComparing(commitment -> commitment.title().en()))
			.map(commitment -> entry(commitment, codes))
			.toList());
	}

	private static CommitmentEntry entry(Commitment commitment, Map<UUID, String> codes) {
		Audience audience = commitment.audience();
		Function<CommitmentStep, CommitmentStepEntry> step = s -> new CommitmentStepEntry(s.roundNumber(),
				s.status().name(), s.note(), s.noteRu(), s.noteKa(), s.confidential(), s.sourceLink(), s.recordedAt());
		return new CommitmentEntry(commitment.code(), commitment.title().en(), commitment.title().ru(),
				commitment.title().ka(), commitment.text().en(), commitment.text().ru(), commitment.text().ka(),
				commitment.makers().groups(), commitment.makers().coChairs(), commitment.makers().mechanism(),
				commitment.source().kind().name(), commitment.source().round(), commitment.source().reference(),
				commitment.source().link(), audience.kind().name(), audience.group() == null ? null
						: codes.get(audience.group()), commitment.createdAt(), commitment.steps().stream().map(step).toList(),
				commitment.readings().stream().map(reading -> new CommitmentReadingEntry(codes.get(reading.groupId()),
						reading.text(), reading.givenAt())).toList());
	}
}
