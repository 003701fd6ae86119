package org.mediationdesk.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * What something that acts for an account for a long time (a live stream) holds of that account, taken once when
 * it starts ({@link Holds#take}): the account, the API token it came with (if it came with one), and the moment
 * from which the account's logins counted then. {@link Holds#standing} asks again, later, whether it still stands.
 *
 * @param tokenId the API token the holder presented, {@code null} for a login
 * @param loginsValidFrom the account's logins-valid-from moment when the hold was taken: a later one (a new or reset
 * password, a disabling) ends a hold that came with a login
 */
public record Hold(UUID accountId, UUID tokenId, Instant loginsValidFrom) {
}
