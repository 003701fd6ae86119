package org.mediationdesk.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/**
 * The notifications' settings. (How often the outbox is delivered is the job's setting,
 * {@code mediationdesk.jobs.mail-outbox.interval}.)
 *
 * @param from {@code mediationdesk.mail.from}: the sender address of every e-mail
 */
@ConfigurationProperties("mediationdesk.mail")
@Validated
record NotificationsProperties(@DefaultValue("mediation-desk@localhost") @NotBlank @Email String from) {
}
