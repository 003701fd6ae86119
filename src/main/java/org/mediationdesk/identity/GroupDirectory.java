package org.mediationdesk.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The participant groups an account may belong to. Implemented by the participants module, so that
 * identity never depends on it.
 */
public interface GroupDirectory {

	List<GroupOption> groups();

	default Optional<GroupOption> find(UUID id) {
		return groups().stream().filter(group -> group.id().equals(id)).findFirst();
	}

	/** A participant group as an account form needs it. */
	record GroupOption(UUID id, String code, String label) {
	}
}
