package org.mediationdesk.texts;

import java.util.List;
import java.util.Map;

import org.mediationdesk.shared.DeskException;

/**
 * A write refused because others changed the text since its writer last saw it: the changes they made, as
 * the writer may see them, so that the writer can look again before repeating what they meant to do.
 */
public class ChangedMeanwhile extends DeskException.Stale {

	private final transient List<TextHistory.Change> changes;

	ChangedMeanwhile(List<TextHistory.Change> changes) {
		super("texts.changedMeanwhile", changes.size());
		this.changes = List.copyOf(changes);
	}

	public List<TextHistory.Change> changes() {
		return changes;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("changes", changes);
	}
}
