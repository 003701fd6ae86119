package org.mediationdesk.texts;

import java.util.UUID;

/**
 * A paragraph of a negotiating text. Its id ({@code para_3}) is given once and never again, so that a
 * provision keeps its name across revisions wherever it moves; a removed provision stays on record.
 */
class Provision {

	private final UUID id;
	private final String eId;
	private int position;
	private boolean removed;
	/** Whether the row is still to be written, or has changed since it was read. */
	private boolean fresh;
	private boolean changed;

	Provision(UUID id, String eId, int position, boolean removed) {
		this.id = id;
		this.eId = eId;
		this.position = position;
		this.removed = removed;
	}

	static Provision added(String eId, int position) {
		Provision provision = new Provision(UUID.randomUUID(), eId, position, false);
		provision.fresh = true;
		return provision;
	}

	void moveTo(int position) {
		if (this.position != position) {
			this.position = position;
			changed = true;
		}
	}

	void remove() {
		removed = true;
		changed = true;
	}

	UUID id() {
		return id;
	}

	String eId() {
		return eId;
	}

	int position() {
		return position;
	}

	boolean removed() {
		return removed;
	}

	boolean fresh() {
		return fresh;
	}

	boolean changed() {
		return changed;
	}

	void stored() {
		fresh = false;
		changed = false;
	}
}
