package org.mediationdesk.identity;

import java.util.UUID;

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
}
