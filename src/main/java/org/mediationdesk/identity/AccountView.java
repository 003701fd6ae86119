package org.mediationdesk.identity;

import java.time.Instant;
import java.util.UUID;

import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;

/** What an administrator sees of an account (never its password hash). */
public record AccountView(UUID id, String username, String displayName, Role role, Institution institution,
		UUID groupId, boolean enabled, Instant createdAt, boolean mustChangePassword, boolean secondFactor,
		String email, LanguageCode preferredLanguage, EmailNotifications emailNotifications,
		boolean awaitingPassword) {
}
