package org.mediationdesk.identity;

import java.util.UUID;

import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;

/**
 * The person on whose behalf something is read or changed: an account, or the anonymous public.
 *
 * @param accountId the account, {@code null} for the public
 * @param username the login name, {@code "anonymous"} for the public
 * @param role the role, {@code null} for the public
 * @param institution the co-chairing institution, for co-chairs only
 * @param groupId the participant group, for participants only
 */
public record Viewer(UUID accountId, String username, Role role, Institution institution, UUID groupId) {

	private static final Viewer ANONYMOUS = new Viewer(null, "anonymous", null, null, null);

	public static Viewer anonymous() {
		return ANONYMOUS;
	}

	public boolean isAnonymous() {
		return role == null;
	}

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	/** Co-chairs and their secretariat see the same things. */
	public boolean isMediator() {
		return role == Role.CO_CHAIR || role == Role.SECRETARIAT;
	}

	public boolean isParticipant() {
		return role == Role.PARTICIPANT;
	}

	public boolean belongsTo(UUID group) {
		return isParticipant() && groupId != null && groupId.equals(group);
	}

	/*
	 * The checks of who acts. What a viewer may not do does not exist for them: each check answers 404, like a
	 * page that is not there. Facades call them; controllers need not repeat them.
	 */

	/** The co-chairs and their secretariat, or nobody. */
	public Viewer requireMediator() {
		if (!isMediator()) {
			throw new DeskException.NotFound();
		}
		return this;
	}

	/** A participant, or nobody. */
	public Viewer requireParticipant() {
		if (!isParticipant()) {
			throw new DeskException.NotFound();
		}
		return this;
	}

	/** The co-chairs, their secretariat or a participant: whoever takes part in the talks. */
	public Viewer requireMediatorOrParticipant() {
		if (!isMediator() && !isParticipant()) {
			throw new DeskException.NotFound();
		}
		return this;
	}

	/** Anyone logged in. */
	public Viewer requireLoggedIn() {
		if (isAnonymous()) {
			throw new DeskException.NotFound();
		}
		return this;
	}

	/** An administrator, or nobody. */
	public Viewer requireAdmin() {
		if (!isAdmin()) {
			throw new DeskException.NotFound();
		}
		return this;
	}
}
