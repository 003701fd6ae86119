package org.mediationdesk.participants;

import org.mediationdesk.shared.SingleLine;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.mediationdesk.identity.GroupDirectory;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.DeskException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mediationdesk.shared.LanguageCode;

/**
 * The directory of co-chairs, participant groups and participants. Groups and co-chairs are public; the
 * names of participants are visible to logged-in participants and the co-chairs, and only the co-chairs
 * and secretariat add them.
 */
@Service
public class ParticipantDirectory implements GroupDirectory {

	/**
	 * The labels of the reference directory's groups by code, for tools that run without the application
	 * (such as {@code formats check} on the command line).
	 */
	public static Map<String, String> referenceLabels(LanguageCode language) {
		Map<String, String> labels = new LinkedHashMap<>();
		ReferenceDirectory.groups().forEach(group -> labels.put(group.view().code(), group.view().label(language)));
		return labels;
	}

	private final ParticipantGroupRepository groups;
	private final CoChairRepresentativeRepository representatives;
	private final ParticipantRepository participants;
	private final ApplicationEventPublisher events;

	/**
	 * The groups, read on every page: they change only when the reference directory is loaded, so they are
	 * kept in memory once read.
	 */
	private volatile List<GroupView> groupCache;

	ParticipantDirectory(ParticipantGroupRepository groups, CoChairRepresentativeRepository representatives,
			ParticipantRepository participants, ApplicationEventPublisher events) {
		this.groups = groups;
		this.representatives = representatives;
		this.participants = participants;
		this.events = events;
	}

	public List<GroupView> allGroups() {
		List<GroupView> cached = groupCache;
		if (cached == null) {
			cached = groups.findAllByOrderBySortOrder().stream().map(ParticipantGroup::view).toList();
			if (!cached.isEmpty()) {
				groupCache = cached;
			}
		}
		return cached;
	}

	public Optional<GroupView> group(UUID id) {
		return id == null ? Optional.empty() : allGroups().stream().filter(group -> group.id().equals(id)).findFirst();
	}

	public Optional<GroupView> groupByCode(String code) {
		return allGroups().stream().filter(group -> group.code().equalsIgnoreCase(code)).findFirst();
	}

	@Transactional(readOnly = true)
	public List<RepresentativeView> representatives() {
		return representatives.findAll().stream()
			.map(CoChairRepresentative::view)
			.sorted(Comparator.comparing(RepresentativeView::institution).thenComparing(RepresentativeView::period))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<ParticipantView> participants(Viewer viewer, UUID groupId) {
		if (!(viewer.isParticipant() || viewer.isMediator())) {
			return List.of();
		}
		return participants.findByGroupIdOrderByName(groupId).stream().map(Participant::view).toList();
	}

	@Transactional
	public ParticipantView addParticipant(Viewer viewer, UUID groupId, String name, String function) {
		viewer.requireMediator();
		group(groupId).orElseThrow(() -> new DeskException.Invalid("participant.groupUnknown"));
		String cleanName = name == null ? "" : SingleLine.clean(name).strip();
		String cleanFunction = function == null ? "" : SingleLine.clean(function).strip();
		if (cleanName.isEmpty() || cleanName.length() > 120 || cleanFunction.length() > 200) {
			throw new DeskException.Invalid("participant.fieldsInvalid", 120, 200);
		}
		ParticipantView added = participants.save(Participant.of(groupId, cleanName, cleanFunction)).view();
		events.publishEvent(new ParticipantAdded(viewer.username(), added.id(), groupId));
		return added;
	}

	@Override
	public List<GroupOption> groups() {
		return allGroups().stream().map(group -> new GroupOption(group.id(), group.code(), group.label())).toList();
	}

	/**
	 * Loads the reference directory of the Geneva International Discussions into an empty database: the
	 * three co-chairing institutions' representatives seen in public records, and the five participant
	 * groups. Returns false if there were groups already.
	 */
	@Transactional
	public boolean loadReferenceDirectory() {
		if (groups.count() > 0) {
			return false;
		}
		groups.saveAll(ReferenceDirectory.groups());
		representatives.saveAll(ReferenceDirectory.representatives());
		groupCache = null;
		return true;
	}
}
