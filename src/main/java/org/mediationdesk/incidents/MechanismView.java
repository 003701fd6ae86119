package org.mediationdesk.incidents;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.mediationdesk.participants.GroupView;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.Localized;

/**
 * A mechanism as a viewer reads it. What it is (name, theatre, facilitators, groups, hotline operator, rhythm,
 * suspension periods) is public; {@code inCircle} says whether the viewer also sees its register and its meetings'
 * internals, and {@code actions} what the viewer may do with it.
 */
public record MechanismView(UUID id, String code, Localized name, Localized theatre, List<Institution> facilitators,
		List<GroupView> groups, Localized hotlineOperator, Rhythm rhythm, List<Suspension> suspensions,
		Suspension currentSuspension, boolean inCircle, Set<MechanismAction> actions) {

	/** A period in which the mechanism did not meet; {@code to} is {@code null} while it lasts. */
	public record Suspension(LocalDate from, LocalDate to, Localized reason, String source) {
	}

	/** Whether the viewer may schedule a meeting of it. */
	public boolean mayScheduleMeeting() {
		return actions.contains(MechanismAction.SCHEDULE_MEETING);
	}

	/** Whether the viewer may record that the mechanism is suspended. */
	public boolean maySuspend() {
		return actions.contains(MechanismAction.SUSPEND);
	}

	/** Whether the viewer may record that the mechanism resumed its work. */
	public boolean mayResume() {
		return actions.contains(MechanismAction.RESUME);
	}

	public boolean suspended() {
		return currentSuspension != null;
	}
}
