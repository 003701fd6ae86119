package org.mediationdesk.confidentiality;

import java.util.Set;

import org.mediationdesk.shared.AuditableEvent;
import org.mediationdesk.shared.Reading;

/**
 * Which committed changes may change what an anonymous reader sees: a page of the public record, or a hit of the
 * public search. The one place where the page cache and the search index learn whether an event concerns them; both
 * hold the anonymous reading only (what a logged-in reader may see besides is read through the facades at each
 * request, never kept).
 * <p>
 * An event does <em>not</em> change it when
 * <ul>
 * <li>it records a reading rather than a change ({@link Reading}): a document's file downloaded, a negotiating text
 * exported;</li>
 * <li>it concerns an account holder's own business, which no page of the record shows: an account (created,
 * disabled, its role, password, tokens, second factor, e-mail and preferences) or a personal feed address (logins
 * themselves are no auditable event);</li>
 * <li>what it concerns is not public ({@link AudienceScoped} with another audience than {@link AudienceKind#PUBLIC}):
 * a stance stated, an attendance entry, a floor request, a draft communiqué. The audience is the one after the change;
 * no object that the anonymous reading holds (rounds, their meetings and outcomes, published communiqués, public
 * accounts) ever stops being public.</li>
 * </ul>
 * Every other event does, including one added later that nobody has classified yet: a kept page too many is dropped
 * rather than a stale one kept.
 */
public final class PublicRecordChanges {

	/** Kinds of object that are their holder's own business, by the names the audit log gives them. */
	static final Set<String> HOLDERS_OWN = Set.of("account", "feed_address");

	/**
	 * The condition of a listener ({@code @TransactionalEventListener(condition = …)}) on an {@code AuditableEvent}
	 * parameter named {@code event}: an event that fails it is not even recorded for that listener.
	 */
	public static final String CONDITION = "T(org.mediationdesk.confidentiality.PublicRecordChanges).mayChange(#event)";

	private PublicRecordChanges() {
	}

	/** Whether, once committed, the event may change what an anonymous reader sees or finds. */
	public static boolean mayChange(AuditableEvent event) {
		if (event instanceof Reading || HOLDERS_OWN.contains(event.objectType())) {
			return false;
		}
		return !(event instanceof AudienceScoped scoped) || scoped.audience().kind() == AudienceKind.PUBLIC;
	}
}
