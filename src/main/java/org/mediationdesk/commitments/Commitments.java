package org.mediationdesk.commitments;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.mediationdesk.commitments.CommitmentEvent.CommitmentProgressed;
import org.mediationdesk.commitments.CommitmentEvent.CommitmentReadingGiven;
import org.mediationdesk.commitments.CommitmentEvent.CommitmentRecorded;
import org.mediationdesk.confidentiality.AccessPolicy;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceKind;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.Localized;
import org.mediationdesk.terminology.TerminologyGate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The co-chairs' and the sides' changes to the commitments: the co-chairs record a commitment and each round's step
 * (their text passes the terminology gate in every language); a side gives its own reading. Everything is loaded
 * through the access policy: what a viewer may not see does not exist for them (404).
 */
@Service
public class Commitments {

	private final CommitmentRepository commitments;
	private final CommitmentViews views;
	private final AccessPolicy policy;
	private final ParticipantDirectory directory;
	private final RoundRecord rounds;
	private final TerminologyGate gate;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Commitments(CommitmentRepository commitments, CommitmentViews views, AccessPolicy policy,
			ParticipantDirectory directory, RoundRecord rounds, TerminologyGate gate, ApplicationEventPublisher events,
			Clock clock) {
		this.commitments = commitments;
		this.views = views;
		this.policy = policy;
		this.directory = directory;
		this.rounds = rounds;
		this.gate = gate;
		this.events = events;
		this.clock = clock;
	}

	/** The co-chairs record a commitment with its first round. */
	@Transactional
	public CommitmentView record(Viewer viewer, NewCommitment given, LanguageCode language) {
		viewer.requireMediator();
		return views.view(viewer, store(viewer, null, given), language);
	}

	/** A commitment of the reference record, under its code; recorded as the co-chairs record one. */
	@Transactional
	public CommitmentView recordWithCode(Viewer viewer, String code, NewCommitment given, LanguageCode language) {
		viewer.requireMediator();
		return views.view(viewer, store(viewer, CommitmentChecks.code(code), given), language);
	}

	private Commitment store(Viewer viewer, String code, NewCommitment given) {
		if (given == null) {
			throw new DeskException.Invalid("commitments.titleRequired", CommitmentChecks.TITLE);
		}
		Localized title = CommitmentChecks.title(given.title(), given.titleRu(), given.titleKa());
		Localized text = CommitmentChecks.texts(given.text(), given.textRu(), given.textKa(), CommitmentChecks.TEXT,
				"commitments.textRequired", "commitments.textTooLong");
		Makers makers = makers(given.makers());
		CommitmentSource source = source(given.source());
		Audience audience = audience(viewer, given.audience());
		CommitmentStep first = step(viewer, given.first());
		List<TerminologyGate.Passage> passages = new ArrayList<>(passages("title", title));
		passages.addAll(passages("text", text));
		passages.addAll(passages("note", first.notes()));
		gate.requireNeutral(passages);
		if (code != null && commitments.findByCode(code).isPresent()) {
			throw new DeskException.Conflict("commitments.codeTaken", code);
		}
		Commitment made = commitments.save(Commitment.record(code, title, text, makers, source, audience, first,
				viewer.username(), clock.instant()));
		events.publishEvent(new CommitmentRecorded(viewer.username(), made.id(), first.roundNumber(), first.status(),
				audience));
		return made;
	}

	/** The co-chairs record what a round did with a commitment: the status it left with and a neutral note. */
	@Transactional
	public CommitmentView progress(Viewer viewer, String id, NewProgress given, LanguageCode language) {
		viewer.requireMediator();
		Commitment commitment = views.load(viewer, id);
		CommitmentStep step = step(viewer, given);
		gate.requireNeutral(passages("note", step.notes()));
		commitment.progress(step);
		commitments.save(commitment);
		Audience audience = step.confidential() && commitment.audience().kind() == AudienceKind.PUBLIC
				? Audience.allParticipants() : commitment.audience();
		events.publishEvent(new CommitmentProgressed(viewer.username(), commitment.id(), step.roundNumber(),
				step.status(), audience));
		return views.view(viewer, commitment, language);
	}

	/** A side gives its own reading of a commitment it sees, in its words. */
	@Transactional
	public CommitmentView read(Viewer viewer, String id, NewReading given, LanguageCode language) {
		viewer.requireParticipant();
		Commitment commitment = views.load(viewer, id);
		String text = CommitmentChecks.text(given == null ? null : given.text(), CommitmentChecks.TEXT,
				"commitments.readingRequired");
		commitment.read(new CommitmentReading(viewer.groupId(), text, viewer.username(), clock.instant()));
		commitments.save(commitment);
		events.publishEvent(new CommitmentReadingGiven(viewer.username(), commitment.id(), viewer.groupId(),
				commitment.audience()));
		return views.view(viewer, commitment, language);
	}

	private Makers makers(Makers given) {
		if (given == null || given.none()) {
			throw new DeskException.Invalid("commitments.makersRequired");
		}
		List<String> groups = new ArrayList<>();
		for (String code : given.groups()) {
			String known = code == null ? null : directory.groupByCode(code.strip()).map(g -> g.code()).orElse(null);
			if (known == null) {
				throw new DeskException.Invalid("commitments.groupUnknown");
			}
			if (!groups.contains(known)) {
				groups.add(known);
			}
		}
		String mechanism = CommitmentChecks.optionalLine(given.mechanism(), 20, "commitments.mechanismTooLong");
		return new Makers(groups, given.coChairs(), mechanism);
	}

	private CommitmentSource source(CommitmentSource given) {
		if (given == null || given.kind() == null) {
			throw new DeskException.Invalid("commitments.sourceRequired");
		}
		if (given.round() != null) {
			requireRound(given.round());
		}
		else if (given.kind() == SourceKind.ROUND_DECISION) {
			throw new DeskException.Invalid("commitments.sourceRoundRequired");
		}
		return new CommitmentSource(given.kind(), given.round(), CommitmentChecks.optionalLine(given.reference(),
				CommitmentChecks.REFERENCE, "commitments.referenceTooLong"), CommitmentChecks.link(given.link()));
	}

	private Audience audience(Viewer viewer, Audience given) {
		Audience audience = given == null ? Audience.coChairs() : given;
		if (!policy.mayAssign(viewer, audience)) {
			throw new DeskException.Invalid("commitments.audienceNotAllowed");
		}
		return audience;
	}

	private CommitmentStep step(Viewer viewer, NewProgress given) {
		if (given == null || given.round() == null) {
			throw new DeskException.Invalid("commitments.roundRequired");
		}
		if (given.status() == null) {
			throw new DeskException.Invalid("commitments.statusRequired");
		}
		requireRound(given.round());
		Localized note = CommitmentChecks.texts(given.note(), given.noteRu(), given.noteKa(), CommitmentChecks.NOTE,
				"commitments.noteRequired", "commitments.noteTooLong");
		return new CommitmentStep(given.round(), given.status(), note.en(), note.ru(), note.ka(),
				Boolean.TRUE.equals(given.confidential()), CommitmentChecks.link(given.sourceLink()), viewer.username(),
				clock.instant());
	}

	private void requireRound(int number) {
		try {
			rounds.round(Viewer.anonymous(), number);
		}
		catch (DeskException.NotFound missing) {
			throw new DeskException.Invalid("commitments.roundUnknown", number);
		}
	}

	private static List<TerminologyGate.Passage> passages(String part, Localized text) {
		List<TerminologyGate.Passage> passages = new ArrayList<>();
		for (LanguageCode language : LanguageCode.values()) {
			if (text.get(language) != null) {
				passages.add(new TerminologyGate.Passage(TerminologyGate.Place.of(part), language, text.get(language)));
			}
		}
		return passages;
	}
}
