package org.mediationdesk.hotline;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.incidents.IncidentNotes;
import org.mediationdesk.incidents.IncidentView;
import org.springframework.stereotype.Component;

/**
 * An incident's page lists the hotline activations about it (or about a duplicate merged into it), the earliest
 * first: those of its mechanism's log that the viewer reads, as the log shows them (a message confided to the
 * operator stays the operator's until relayed).
 */
@Component
class HotlineIncidentNotes implements IncidentNotes {

	private final HotlineLog log;

	HotlineIncidentNotes(HotlineLog log) {
		this.log = log;
	}

	@Override
	public List<Note> notes(Viewer viewer, IncidentView incident) {
		Set<String> ids = Stream.concat(Stream.of(incident.publicId()), incident.mergedIds().stream())
			.collect(Collectors.toSet());
		return log.activations(viewer, incident.mechanismCode()).stream()
			.filter(activation -> activation.incident() != null && ids.contains(activation.incident()))
			.sorted((a, b) -> a.activatedAt().compareTo(b.activatedAt()))
			.map(activation -> new Note("hotline.aboutIncident", List.of(activation.subject(),
					activation.urgency().name(), activation.activatedAt(), activation.state().name()),
					"/mechanisms/" + activation.mechanismCode() + "/hotline#activation-" + activation.id()))
			.toList();
	}
}
