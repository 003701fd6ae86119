package org.mediationdesk.formats;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The format solver's settings.
 *
 * @param timeLimit {@code mediationdesk.formats.time-limit}: how long the solver searches for a format before it
 *     answers with what it found (from 100 ms to a minute: a co-chair waits for the answer)
 */
@ConfigurationProperties("mediationdesk.formats")
@Validated
record FormatsProperties(@DefaultValue("2s") @DurationMin(millis = 100) @DurationMax(minutes = 1) Duration timeLimit) {
}
