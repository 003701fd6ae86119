package org.mediationdesk.incidents;

import java.util.List;
import java.util.Optional;

import org.mediationdesk.identity.Viewer;

/**
 * What another module adds to a mechanism meeting's page, as the viewer may see it: the hotline says how many
 * activations there were since the previous meeting, on how many issues. The incidents module knows nothing of
 * who implements it.
 */
public interface MechanismMeetingNotes {

	/** The note for this viewer on this meeting, if there is one the viewer may read. */
	Optional<Note> note(Viewer viewer, MechanismMeetingView meeting);

	/**
	 * A line of the meeting's page.
	 *
	 * @param key its message key (an ICU pattern)
	 * @param arguments the pattern's arguments
	 * @param link where it leads, or {@code null}
	 */
	record Note(String key, List<Object> arguments, String link) {
	}
}
