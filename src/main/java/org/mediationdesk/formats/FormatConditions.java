package org.mediationdesk.formats;

import org.mediationdesk.shared.SingleLine;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mediationdesk.confidentiality.AccessPolicy;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.DeskException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import java.time.Instant;

/**
 * The conditions the participant groups have stated. A participant states and withdraws their own group's;
 * the co-chairs and secretariat record any group's. Each is seen by its group and the co-chairs only.
 */
@Service
public class FormatConditions {

	private final FormatConditionRepository conditions;
	private final ParticipantDirectory directory;
	private final AccessPolicy policy;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final JsonMapper json = ReferenceScenarios.JSON;

	FormatConditions(FormatConditionRepository conditions, ParticipantDirectory directory, AccessPolicy policy,
			ApplicationEventPublisher events, Clock clock) {
		this.conditions = conditions;
		this.directory = directory;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	/** The conditions the viewer may see: all of them for the co-chairs, their own group's for a participant. */
	@Transactional(readOnly = true)
	public List<Scenario.Condition> visibleTo(Viewer viewer) {
		List<Scenario.Condition> visible = new ArrayList<>();
		for (FormatCondition stored : conditions.findByWithdrawnAtIsNullOrderByCode()) {
			if (policy.maySee(viewer, stored.audience())) {
				visible.add(json.readValue(stored.body(), Scenario.Condition.class));
			}
		}
		return visible;
	}

	/**
	 * How many of the conditions in force that the viewer may see were stated after a moment (all of them when
	 * {@code since} is {@code null}): for a home page's "since your last visit".
	 */
	@Transactional(readOnly = true)
	public long statedSince(Viewer viewer, Instant since) {
		return conditions.findByWithdrawnAtIsNullOrderByCode()
			.stream()
			.filter(stored -> policy.maySee(viewer, stored.audience()))
			.filter(stored -> since == null || stored.statedAt() != null && stored.statedAt().isAfter(since))
			.count();
	}

	/** Whether the viewer may state conditions at all (a group's participants, the co-chairs). */
	public boolean mayState(Viewer viewer) {
		return viewer.isMediator() || viewer.isParticipant() && viewer.groupId() != null;
	}

	/**
	 * States a condition for a group: a participant for their own group only. Its code is given here (the
	 * group's code and a number: {@code ge-3}); the condition is checked as a scenario would check it.
	 */
	@Transactional
	public Scenario.Condition state(Viewer viewer, Scenario.Condition condition) {
		if (!mayState(viewer)) {
			throw new DeskException.NotFound();
		}
		GroupView group = viewer.isParticipant() ? directory.group(viewer.groupId()).orElseThrow(DeskException.NotFound::new)
				: directory.groupByCode(condition.group()).orElseThrow(() -> new DeskException.Invalid("formats.groupUnknown",
						String.valueOf(condition.group())));
		String code = nextCode(group.code());
		Scenario.Condition stated = new Scenario.Condition(code, group.code(), condition.type(), condition.other(),
				condition.whenCapacity(), condition.inKinds(), condition.kind(), condition.capacity(), condition.groups(),
				blankToNull(condition.term()), blankToNull(condition.item()), blankToNull(condition.venue()));
		// checked with the group's own conditions only: what others have stated is none of the viewer's business
		List<Scenario.Condition> own = new ArrayList<>(allConditions().stream()
			.filter(existing -> existing.group().equals(group.code()))
			.toList());
		own.add(stated);
		List<String> groups = directory.allGroups().stream().map(GroupView::code).toList();
		try {
			ScenarioCheck.require(new Scenario(groups, own, new Scenario.Format(FormatKind.WORKING_GROUP, null, groups, null,
					null, null), null, null, null));
		}
		catch (ScenarioRejected rejected) {
			String at = "conditions[" + (own.size() - 1) + "]";
			throw new ScenarioRejected(rejected.problems()
				.stream()
				.map(problem -> problem.replace(at, "condition"))
				.map(problem -> problem.replaceAll("conditions\\[\\d+\\]", "an earlier condition of the group"))
				.toList());
		}
		String body = json.writeValueAsString(stated);
		if (body.length() > 2000) {
			throw new DeskException.Invalid("formats.conditionTooLong");
		}
		FormatCondition saved = conditions.save(FormatCondition.stated(code, group.id(), body, viewer.username(),
				clock.instant()));
		events.publishEvent(new ConditionStated(viewer.username(), code, saved.groupId(), saved.audience()));
		return stated;
	}

	/** Withdraws a condition (it is kept, marked withdrawn): its group's participants or the co-chairs. */
	@Transactional
	public void withdraw(Viewer viewer, String code) {
		FormatCondition stored = conditions.findByCodeAndWithdrawnAtIsNull(code)
			.filter(found -> policy.maySee(viewer, found.audience()) && mayState(viewer))
			.orElseThrow(DeskException.NotFound::new);
		stored.withdraw(clock.instant());
		conditions.save(stored);
		events.publishEvent(new ConditionWithdrawn(viewer.username(), code, stored.groupId(), stored.audience()));
	}

	/** The codes of the participant groups of the directory. */
	public List<String> groups() {
		return directory.allGroups().stream().map(GroupView::code).toList();
	}

	/** Every group's conditions, for the co-chairs' planner. */
	@Transactional(readOnly = true)
	public Scenario stated(Viewer viewer, Scenario.Format format) {
		viewer.requireMediator();
		return new Scenario(groups(), allConditions(), format, null, null, null);
	}

	private List<Scenario.Condition> allConditions() {
		return conditions.findByWithdrawnAtIsNullOrderByCode()
			.stream()
			.map(stored -> json.readValue(stored.body(), Scenario.Condition.class))
			.toList();
	}

	/** The group's next code; withdrawn conditions keep theirs, so no code is given twice. */
	private String nextCode(String group) {
		String prefix = group.toLowerCase(Locale.ROOT) + "-";
		int next = 1;
		for (FormatCondition stored : conditions.findAll()) {
			if (stored.code().startsWith(prefix)) {
				try {
					next = Math.max(next, Integer.parseInt(stored.code().substring(prefix.length())) + 1);
				}
				catch (NumberFormatException e) {
					// a code of another form does not count
				}
			}
		}
		return prefix + next;
	}

	/** A single-line field of a condition (a term, an agenda item, a venue): without direction controls, null if blank. */
	private static String blankToNull(String value) {
		String line = SingleLine.clean(value);
		return line == null || line.isBlank() ? null : line.strip();
	}
}
