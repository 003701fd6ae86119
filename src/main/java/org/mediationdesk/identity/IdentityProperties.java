package org.mediationdesk.identity;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

/**
 * The settings of identity, under the names an operator sets:
 * {@code mediationdesk.security.require-second-factor} and {@code mediationdesk.invitations.valid-for}.
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
	 */
	record Security(@DefaultValue("false") boolean requireSecondFactor) {
	}

	/**
	 * @param validFor how long an invitation's one-time link works; at least an hour, since the e-mail tells it in
	 *        hours
	 */
	record Invitations(@DurationMin(hours = 1) @DefaultValue("PT72H") Duration validFor) {
	}
}
