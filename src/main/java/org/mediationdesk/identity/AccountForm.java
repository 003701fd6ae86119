package org.mediationdesk.identity;

import java.util.UUID;

import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The administrator's form for opening an account or changing its role. */
record AccountForm(
		@NotBlank(message = "{account.usernameInvalid}") @Pattern(regexp = "[a-zA-Z0-9][a-zA-Z0-9._-]{2,39}",
				message = "{account.usernameInvalid}") String username,
		@NotBlank(message = "{account.displayNameRequired}") @Size(max = 100,
				message = "{account.displayNameSize}") String displayName,
		@NotNull(message = "{account.roleRequired}") Role role, Institution institution, UUID groupId,
		@Size(max = 254, message = "{account.emailInvalid}") String email, LanguageCode language) {

	static AccountForm empty() {
		return new AccountForm("", "", Role.PARTICIPANT, null, null, "", LanguageCode.EN);
	}

	static AccountForm of(AccountView account) {
		return new AccountForm(account.username(), account.displayName(), account.role(), account.institution(),
				account.groupId(), account.email(), account.preferredLanguage());
	}
}
