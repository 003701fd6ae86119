/**
 * The feeds of the public record, and personal feed addresses.
 *
 * <ul>
 * <li><b>Atom feed</b> ({@code /feeds/communiques.atom}): every entry that the modules publish for anyone
 * ({@link org.mediationdesk.shared.PublicEntries}: the co-chairs' communiqués, the changes to the rounds), newest
 * first, in the reader's language ({@code ?lang=}, then {@code Accept-Language}).</li>
 * <li><b>Calendar</b> ({@code /calendar/rounds.ics}): the rounds with their dates, venue and status (a postponed,
 * suspended or collapsed round is marked cancelled), and their meetings, as the viewer may read them through the
 * process's facade and so through the one access policy.</li>
 * <li><b>Personal feed address</b>: a secret address that a logged-in user creates for their calendar or feed
 * reader. It stands for its holder's account when it is fetched, for that request only and for the feeds only; only
 * the hash of its secret is kept; its holder revokes it. An unknown or revoked address, or one whose account is
 * disabled, answers 404.</li>
 * <li><b>Written feed</b>: a feed as written for a viewer and a language, kept until the next committed change
 * (other than a reading or an account holder's own business) and at most a minute, and served with its
 * {@code ETag} (304 to a client that sends it back).</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feeds",
		allowedDependencies = { "shared", "identity", "participants", "process" })
package org.mediationdesk.feeds;
