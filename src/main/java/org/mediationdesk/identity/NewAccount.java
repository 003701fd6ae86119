package org.mediationdesk.identity;

import org.mediationdesk.shared.LanguageCode;

/**
 * What an administrator gives to open an account: no password, which the holder chooses through an invitation.
 *
 * @param email where the invitation and notifications go; may be empty (then the link is handed over)
 * @param language the language of the invitation and of what is sent later (the holder may change it)
 */
public record NewAccount(String username, String displayName, String email, LanguageCode language,
		Assignment assignment) {

	public NewAccount(String username, String displayName, Assignment assignment) {
		this(username, displayName, null, LanguageCode.EN, assignment);
	}
}
