package org.mediationdesk.feeds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.AuditableEvent;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The feeds as last written, for each viewer (the public, or the holder of a personal address, with their role and
 * group as they stand) and language, so that a calendar application asking every few minutes costs a look-up
 * rather than a reading of every round. Everything kept is dropped after any committed change (a personal feed
 * carries what is not public, so not only the public record's changes count) and after a minute; a feed written
 * while a change was being committed is not kept.
 */
@Component
class WrittenFeeds {

	/** How long a feed is kept at most. */
	static final Duration LIFETIME = Duration.ofSeconds(60);

	/** At most this many feeds are kept: two feeds in three languages for a few hundred holders. */
	static final int MAX_KEPT = 4000;

	/** A feed as written, with its validator ({@code ETag}). */
	record Written(String body, String etag, Instant writtenAt) {
	}

	record Key(String feed, Viewer viewer, LanguageCode language, String self) {
	}

	private final Clock clock;
	private final Map<Key, Written> kept = new ConcurrentHashMap<>();
	private final AtomicLong generation = new AtomicLong();

	WrittenFeeds(Clock clock) {
		this.clock = clock;
	}

	/** The feed kept for a key, or the one the writer writes now (kept if nothing changed meanwhile). */
	Written get(Key key, Supplier<String> writer) {
		Instant now = clock.instant();
		Written found = kept.get(key);
		if (found != null && found.writtenAt().plus(LIFETIME).isAfter(now)) {
			return found;
		}
		long before = generation.get();
		String body = writer.get();
		Written written = new Written(body, "\"" + hash(body) + "\"", now);
		if (generation.get() == before && (kept.size() < MAX_KEPT || kept.containsKey(key))) {
			kept.put(key, written);
		}
		return written;
	}

	/**
	 * Drops every feed after a committed change, except a reading (a download, an export) and an account holder's own
	 * business, which no feed carries (a role or group changed makes another viewer, and so another key; a disabled
	 * account's personal address no longer resolves).
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true,
			condition = "!(#event instanceof T(org.mediationdesk.shared.Reading)) and #event.objectType() != 'account'"
					+ " and #event.objectType() != 'feed_address'")
	void changed(AuditableEvent event) {
		generation.incrementAndGet();
		kept.clear();
	}

	private static String hash(String body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
