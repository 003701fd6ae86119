package org.mediationdesk.identity;

import java.time.Instant;

/**
 * An account just opened (or invited again), and how its invitation reaches the holder: by e-mail, or as a link
 * the administrator hands over, shown this once.
 *
 * @param invitationLink the one-time link when it was not sent by e-mail, {@code null} when it was
 * @param mailed whether the invitation went out by e-mail
 * @param expiresAt until when the link works
 */
public record CreatedAccount(AccountView account, String invitationLink, boolean mailed, Instant expiresAt) {
}
