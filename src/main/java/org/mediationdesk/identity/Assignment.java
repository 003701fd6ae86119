package org.mediationdesk.identity;

import java.util.UUID;

import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;

/**
 * The role of an account with what the role needs: a co-chair speaks for one institution, a participant
 * belongs to exactly one group, and no other role carries either.
 */
public record Assignment(Role role, Institution institution, UUID groupId) {

	public Assignment {
		if (role == null) {
			throw new DeskException.Invalid("account.roleRequired");
		}
		if (role == Role.CO_CHAIR && institution == null) {
			throw new DeskException.Invalid("account.institutionRequired");
		}
		if (role == Role.PARTICIPANT && groupId == null) {
			throw new DeskException.Invalid("account.groupRequired");
		}
		if (role != Role.CO_CHAIR) {
			institution = null;
		}
		if (role != Role.PARTICIPANT) {
			groupId = null;
		}
	}
}
