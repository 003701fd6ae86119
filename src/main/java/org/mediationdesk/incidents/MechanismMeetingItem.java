package org.mediationdesk.incidents;

import org.springframework.data.annotation.PersistenceCreator;

/** An item of a meeting's provisional agenda beyond the standing items. */
record MechanismMeetingItem(String title) {

	@PersistenceCreator
	MechanismMeetingItem {
	}
}
