package org.mediationdesk.feeds;

import java.util.UUID;

/**
 * A feed address just created, with its secret: shown once to its holder, never stored.
 *
 * @param calendar the address of the personal calendar
 * @param atom the address of the personal Atom feed
 */
public record CreatedFeedAddress(UUID id, String calendar, String atom) {
}
