package org.mediationdesk.commitments;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mediationdesk.confidentiality.AccessPolicy;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.SqlPredicate;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commitments as a viewer may read them: a list (filtered by status, group and round), one commitment, the open
 * ones, those that concern a participant's group, and a round's. Lists hold only what the access policy lets the
 * viewer see (its SQL predicate), and each commitment only the steps the viewer may see.
 */
@Service
public class CommitmentViews {

	private final CommitmentRepository commitments;
	private final AccessPolicy policy;
	private final ParticipantDirectory directory;
	private final JdbcClient jdbc;

	CommitmentViews(CommitmentRepository commitments, AccessPolicy policy, ParticipantDirectory directory,
			JdbcClient jdbc) {
		this.commitments = commitments;
		this.policy = policy;
		this.directory = directory;
		this.jdbc = jdbc;
	}

	/** The commitments the viewer sees, by the latest round that discussed them (newest first), then by title. */
	@Transactional(readOnly = true)
	public List<CommitmentView> list(Viewer viewer, CommitmentFilter filter, LanguageCode language) {
		CommitmentFilter wanted = filter == null ? CommitmentFilter.none() : filter;
		return visible(viewer, language).stream()
			.filter(view -> view.status() != null)
			.filter(view -> wanted.status() == null || view.status() == wanted.status())
			.filter(view -> wanted.group() == null || wanted.group().isBlank()
					|| view.makers().groups().contains(wanted.group().strip()))
			.filter(view -> wanted.round() == null || view.stepOf(wanted.round()) != null)
			.toList();
	}

	/** A commitment by its id or its code; 404 to whoever may not see it. */
	@Transactional(readOnly = true)
	public CommitmentView commitment(Viewer viewer, String idOrCode, LanguageCode language) {
		return view(viewer, load(viewer, idOrCode), language);
	}

	/** The open commitments the viewer sees, pending confirmations first. */
	@Transactional(readOnly = true)
	public List<CommitmentView> open(Viewer viewer, LanguageCode language) {
		return visible(viewer, language).stream()
			.filter(view -> view.status() != null && view.open())
			.sorted(Comparator.comparing((CommitmentView view) -> !view.pendingConfirmation()))
			.toList();
	}

	/** The commitments the viewer's group made or was asked to make, open ones first. */
	@Transactional(readOnly = true)
	public List<CommitmentView> concerning(Viewer viewer, LanguageCode language) {
		Optional<String> group = Optional.ofNullable(viewer.groupId()).flatMap(directory::group).map(GroupView::code);
		if (group.isEmpty()) {
			return List.of();
		}
		return visible(viewer, language).stream()
			.filter(view -> view.status() != null && view.makers().groups().contains(group.get()))
			.sorted(Comparator.comparing((CommitmentView view) -> !view.open()))
			.toList();
	}

	/**
	 * A round's commitments, as the viewer sees them: those the round discussed (with the status it left each with),
	 * and those open as the round came (by the rounds before it), with the rounds that carried each.
	 */
	@Transactional(readOnly = true)
	public RoundCommitments ofRound(Viewer viewer, int number, LanguageCode language) {
		List<CommitmentView> all = visible(viewer, language);
		List<CommitmentView> moved = all.stream().filter(view -> view.stepOf(number) != null).toList();
		List<CommitmentView> carried = all.stream()
			.filter(view -> view.stepOf(number) == null)
			.filter(view -> {
				CommitmentStatus before = view.statusAfter(number - 1);
				return before != null && before.open();
			})
			.sorted(Comparator.comparing((CommitmentView view) -> !view.statusAfter(number - 1).pendingConfirmation()))
			.toList();
		return new RoundCommitments(number, moved, carried);
	}

	Commitment load(Viewer viewer, String idOrCode) {
		if (idOrCode == null || idOrCode.isBlank()) {
			throw new DeskException.NotFound();
		}
		Optional<Commitment> found;
		try {
			found = commitments.findById(UUID.fromString(idOrCode.strip()));
		}
		catch (IllegalArgumentException notAnId) {
			found = idOrCode.length() > CommitmentChecks.CODE ? Optional.empty() : commitments.findByCode(idOrCode.strip());
		}
		return found.filter(commitment -> policy.maySee(viewer, commitment.audience()))
			.orElseThrow(DeskException.NotFound::new);
	}

	private List<CommitmentView> visible(Viewer viewer, LanguageCode language) {
		SqlPredicate visible = policy.visibleTo(viewer, "c");
		List<UUID> ids = jdbc.sql("SELECT c.id FROM commitment c WHERE " + visible.sql())
			.params(visible.parameters())
			.query(UUID.class)
			.list();
		Map<String, String> labels = labels(language);
		return commitments.findAllById(ids).stream()
			.map(commitment -> view(viewer, commitment, language, labels))
			.sorted(Comparator.comparing((CommitmentView view) -> view.steps().isEmpty() ? 0
					: -view.steps().get(view.steps().size() - 1).round())
				.thenComparing(view -> view.title().in(language).text()))
			.toList();
	}

	CommitmentView view(Viewer viewer, Commitment commitment, LanguageCode language) {
		return view(viewer, commitment, language, labels(language));
	}

	private CommitmentView view(Viewer viewer, Commitment commitment, LanguageCode language,
			Map<String, String> labels) {
		// a step kept from the public is for the participants and the co-chairs who see the commitment
		boolean inside = policy.maySee(viewer, Audience.allParticipants());
		List<CommitmentView.Step> steps = commitment.steps().stream()
			.filter(step -> !step.confidential() || inside)
			.map(step -> new CommitmentView.Step(step.roundNumber(), step.status(), step.notes(), step.confidential(),
					step.sourceLink()))
			.toList();
		CommitmentStatus status = steps.isEmpty() ? null : steps.get(steps.size() - 1).status();
		Map<UUID, GroupView> groups = directory.allGroups().stream()
			.collect(Collectors.toMap(GroupView::id, Function.identity()));
		List<CommitmentView.Reading> readings = commitment.readings().stream()
			.map(reading -> {
				GroupView group = groups.get(reading.groupId());
				return new CommitmentView.Reading(group == null ? null : group.code(),
						group == null ? null : group.label(language), reading.text(), reading.givenAt());
			})
			.toList();
		Set<CommitmentAction> actions = EnumSet.noneOf(CommitmentAction.class);
		for (CommitmentAction action : commitment.availableActions()) {
			if (action == CommitmentAction.RECORD_PROGRESS ? viewer.isMediator()
					: viewer.isParticipant() && viewer.groupId() != null) {
				actions.add(action);
			}
		}
		Audience audience = commitment.audience();
		GroupView audienceGroup = audience.group() == null ? null : groups.get(audience.group());
		return new CommitmentView(commitment.id(), commitment.code(), commitment.title(), commitment.text(),
				commitment.makers(), commitment.makers().groups().stream().map(code -> labels.getOrDefault(code, code))
					.toList(), commitment.source(), audience.kind().name(),
				audienceGroup == null ? null : audienceGroup.label(language), status, status != null && status.open(),
				steps, readings, actions, commitment.createdAt());
	}

	private Map<String, String> labels(LanguageCode language) {
		Map<String, String> labels = new HashMap<>();
		directory.allGroups().forEach(group -> labels.put(group.code(), group.label(language)));
		return labels;
	}
}
