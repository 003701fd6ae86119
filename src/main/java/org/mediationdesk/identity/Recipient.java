package org.mediationdesk.identity;

import org.mediationdesk.shared.LanguageCode;

/**
 * Someone who may be told of something: an enabled account that can log in, as a viewer (for the access policy),
 * with the language and address of what is sent to them.
 *
 * @param email the address, {@code null} without one
 * @param emailEach whether each notification also goes to that address
 */
public record Recipient(Viewer viewer, String displayName, String email, LanguageCode language, boolean emailEach) {

	/** Whether e-mail should go to this recipient. */
	public boolean wantsEmail() {
		return emailEach && email != null && !email.isBlank();
	}
}
