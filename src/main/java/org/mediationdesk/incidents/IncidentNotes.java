package org.mediationdesk.incidents;

import java.util.List;

import org.mediationdesk.identity.Viewer;

/**
 * What another module adds to an incident's page, as the viewer may see it: the hotline lists its activations about
 * the incident. The incidents module knows nothing of who implements it.
 */
public interface IncidentNotes {

	/** The lines for this viewer on this incident (and the duplicates merged into it), those the viewer may read. */
	List<Note> notes(Viewer viewer, IncidentView incident);

	/**
	 * A line of the incident's page.
	 *
	 * @param key its message key (an ICU pattern)
	 * @param arguments the pattern's arguments
	 * @param link where it leads, or {@code null}
	 */
	record Note(String key, List<Object> arguments, String link) {
	}
}
