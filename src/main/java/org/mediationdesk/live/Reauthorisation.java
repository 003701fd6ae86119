package org.mediationdesk.live;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.mediationdesk.identity.Hold;
import org.mediationdesk.identity.Holds;
import org.mediationdesk.identity.Viewer;

/**
 * Whether the watchers of some streams may still watch, and as whom: the access versions of their accounts are read
 * at once (one read), and only a watcher whose account's version moved since it was last checked is read again
 * ({@link Holds#standing}), once per hold. Its stream goes on as it was, goes on for a narrower (or other) viewer,
 * or ends: the account was disabled, the token revoked, the login ended.
 */
final class Reauthorisation {

	enum Outcome {
		/** Nothing changed that matters. */
		SAME,
		/** The account changed: the stream goes on for whom it stands for now. */
		NARROWED,
		/** The account may no longer watch: the stream ends. */
		ENDED
	}

	private final Holds holds;

	Reauthorisation(Holds holds) {
		this.holds = holds;
	}

	/** Checks each subscription, and updates the watcher and version of those that go on changed. */
	Map<Subscription, Outcome> check(Collection<Subscription> subscriptions) {
		Map<Subscription, Outcome> outcomes = new LinkedHashMap<>();
		Map<UUID, List<Subscription>> byAccount = new HashMap<>();
		for (Subscription subscription : subscriptions) {
			outcomes.put(subscription, Outcome.SAME);
			if (subscription.hold() != null && !subscription.closed()) {
				byAccount.computeIfAbsent(subscription.hold().accountId(), account -> new ArrayList<>()).add(subscription);
			}
		}
		if (byAccount.isEmpty()) {
			return outcomes;
		}
		Map<UUID, Long> versions = holds.versions(byAccount.keySet());
		Map<Hold, Optional<Viewer>> standing = new HashMap<>();
		byAccount.forEach((account, held) -> {
			Long version = versions.get(account);
			for (Subscription subscription : held) {
				if (version != null && subscription.version() == version) {
					continue;
				}
				Optional<Viewer> now = version == null ? Optional.empty()
						: standing.computeIfAbsent(subscription.hold(), holds::standing);
				outcomes.put(subscription, settle(subscription, now, version));
			}
		});
		return outcomes;
	}

	private static Outcome settle(Subscription subscription, Optional<Viewer> now, Long version) {
		if (now.isEmpty()) {
			return Outcome.ENDED;
		}
		Watcher watcher = subscription.watcher();
		if (now.get().equals(watcher.viewer())) {
			subscription.confirm(version);
			return Outcome.SAME;
		}
		subscription.narrow(new Watcher(now.get(), watcher.locale()), version);
		return Outcome.NARROWED;
	}
}
