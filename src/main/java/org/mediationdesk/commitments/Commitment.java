package org.mediationdesk.commitments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceKind;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Localized;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A commitment the talks carry from round to round: its title and text in each language, its makers, its source,
 * its audience, one step per round that discussed it (in the order of the rounds) and the sides' own readings. It
 * guards its steps: none after it is fulfilled or withdrawn, none for a round before its last, one per round, and
 * "raised" only as its first.
 */
class Commitment {

	@Id
	private UUID id;
	private String code;
	private String title;
	private String titleRu;
	private String titleKa;
	private String text;
	private String textRu;
	private String textKa;
	private String makerGroups;
	private boolean coChairs;
	private String mechanism;
	private SourceKind sourceKind;
	private Integer sourceRound;
	private String sourceReference;
	private String sourceLink;
	private AudienceKind audienceKind;
	private UUID audienceGroup;
	private String createdBy;
	private Instant createdAt;
	private List<CommitmentStep> steps = new ArrayList<>();
	private List<CommitmentReading> readings = new ArrayList<>();
	@Version
	private Long version;

	@PersistenceCreator
	Commitment() {
	}

	/** A commitment as the co-chairs record it, with its first step (the round that raised or agreed it). */
	static Commitment record(String code, Localized title, Localized text, Makers makers, CommitmentSource source,
			Audience audience, CommitmentStep first, String by, Instant at) {
		if (first.confidential()) {
			throw new DeskException.Invalid("commitments.firstStepPublic");
		}
		Commitment made = new Commitment();
		made.id = UUID.randomUUID();
		made.code = code;
		made.title = title.en();
		made.titleRu = title.ru();
		made.titleKa = title.ka();
		made.text = text.en();
		made.textRu = text.ru();
		made.textKa = text.ka();
		made.makerGroups = makers.groups().isEmpty() ? null : String.join(",", makers.groups());
		made.coChairs = makers.coChairs();
		made.mechanism = makers.mechanism();
		made.sourceKind = source.kind();
		made.sourceRound = source.round();
		made.sourceReference = source.reference();
		made.sourceLink = source.link();
		made.audienceKind = audience.kind();
		made.audienceGroup = audience.group();
		made.createdBy = by;
		made.createdAt = at;
		made.steps.add(first);
		return made;
	}

	Set<CommitmentAction> availableActions() {
		Set<CommitmentAction> actions = EnumSet.of(CommitmentAction.GIVE_READING);
		if (status().open()) {
			actions.add(CommitmentAction.RECORD_PROGRESS);
		}
		return actions;
	}

	/** A round's step: after the last round that discussed it, while it is open. */
	void progress(CommitmentStep step) {
		if (!availableActions().contains(CommitmentAction.RECORD_PROGRESS)) {
			throw new DeskException.Conflict("commitments.closed", title);
		}
		if (step.status() == CommitmentStatus.RAISED) {
			throw new DeskException.Invalid("commitments.raisedOnlyFirst");
		}
		int last = last().roundNumber();
		if (step.roundNumber() == last) {
			throw new DeskException.Conflict("commitments.roundAlreadyRecorded", step.roundNumber());
		}
		if (step.roundNumber() < last) {
			throw new DeskException.Conflict("commitments.roundBeforeLast", step.roundNumber(), last);
		}
		steps.add(step);
	}

	/** A side gives its reading, in its words; earlier readings stay beside it. */
	void read(CommitmentReading reading) {
		if (reading.groupId() == null) {
			throw new DeskException.Invalid("commitments.readingIsASides");
		}
		readings.add(reading);
	}

	private CommitmentStep last() {
		return steps.get(steps.size() - 1);
	}

	/** The status it left its last round with. */
	CommitmentStatus status() {
		return last().status();
	}

	UUID id() {
		return id;
	}

	String code() {
		return code;
	}

	Localized title() {
		return new Localized(title, titleRu, titleKa);
	}

	Localized text() {
		return new Localized(text, textRu, textKa);
	}

	Makers makers() {
		return new Makers(makerGroups == null || makerGroups.isBlank() ? List.of()
				: Arrays.asList(makerGroups.split(",")), coChairs, mechanism);
	}

	CommitmentSource source() {
		return new CommitmentSource(sourceKind, sourceRound, sourceReference, sourceLink);
	}

	Audience audience() {
		return new Audience(audienceKind, audienceGroup);
	}

	List<CommitmentStep> steps() {
		return List.copyOf(steps);
	}

	List<CommitmentReading> readings() {
		return List.copyOf(readings);
	}

	Instant createdAt() {
		return createdAt;
	}
}
