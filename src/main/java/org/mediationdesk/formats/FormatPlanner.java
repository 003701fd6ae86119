package org.mediationdesk.formats;

import java.util.LinkedHashMap;
import java.util.Map;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.terminology.TerminologyCheck;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The format solver for the co-chairs and secretariat, with the terminology check for documents' wording and
 * the directory's names of the groups. Everyone else is answered as if it did not exist.
 */
@Service
@EnableConfigurationProperties(FormatsProperties.class)
public class FormatPlanner {

	private final FormatSolver solver;
	private final ParticipantDirectory directory;

	FormatPlanner(TerminologyCheck terminology, ParticipantDirectory directory, FormatsProperties properties) {
		this.solver = new FormatSolver(terminology::uses, properties.timeLimit());
		this.directory = directory;
	}

	public FormatSolver.CheckAnswer check(Viewer viewer, Scenario scenario, LanguageCode language) {
		viewer.requireMediator();
		return solver.check(scenario, phrasing(language));
	}

	public FormatSolver.ProposeAnswer propose(Viewer viewer, Scenario scenario, LanguageCode language) {
		viewer.requireMediator();
		return solver.propose(scenario, phrasing(language));
	}

	public FormatSolver.CascadeAnswer cascade(Viewer viewer, Scenario scenario, FormatSolver.Event event,
			LanguageCode language) {
		viewer.requireMediator();
		return solver.cascade(scenario, event, phrasing(language));
	}

	/** A condition in plain words. */
	public String describe(Scenario.Condition condition, LanguageCode language) {
		return phrasing(language).condition(condition);
	}

	/** The groups' names in a language, by code: the directory's, with the reference names for codes it lacks. */
	public Map<String, String> labels(LanguageCode language) {
		Map<String, String> labels = new LinkedHashMap<>(ParticipantDirectory.referenceLabels(language));
		for (GroupView group : directory.allGroups()) {
			labels.put(group.code(), group.label(language));
		}
		return labels;
	}

	private Phrasing phrasing(LanguageCode language) {
		return new Phrasing(language, labels(language));
	}

}
