package org.mediationdesk.identity;

import java.nio.file.Path;
import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The settings of identity, under the names an operator sets:
 * {@code mediationdesk.security.require-second-factor}, {@code mediationdesk.security.second-factor-key},
 * {@code mediationdesk.security.generate-second-factor-key} and {@code mediationdesk.invitations.valid-for}.
 *
 * @param security how people log in
 * @param invitations how long an invitation's link works
 */
@ConfigurationProperties("mediationdesk")
@Validated
record IdentityProperties(@Valid @DefaultValue Security security, @Valid @DefaultValue Invitations invitations) {

	/**
	 * @param requireSecondFactor whether administrators and co-chairs must log in with a second factor (on in
	 *        production, off for evaluation)
	 * @param secondFactorKey {@code mediationdesk.security.second-factor-key}: the file of the AES key that encrypts
	 *        the second factor's secrets, outside the database (see {@link SecondFactorKeys})
	 * @param generateSecondFactorKey {@code mediationdesk.security.generate-second-factor-key}: whether a missing key
	 *        is generated (evaluation) or stops the start (production)
	 */
	record Security(@DefaultValue("false") boolean requireSecondFactor,
			@DefaultValue("./data/second-factor.key") @NotNull Path secondFactorKey,
			@DefaultValue("true") boolean generateSecondFactorKey) {
	}

	/**
	 * @param validFor how long an invitation's one-time link works; at least an hour, since the e-mail tells it in
	 *        hours
	 */
	record Invitations(@DurationMin(hours = 1) @DefaultValue("PT72H") Duration validFor) {
	}
}
