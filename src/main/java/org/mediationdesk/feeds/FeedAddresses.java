package org.mediationdesk.feeds;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.mediationdesk.identity.AccountManagement;
import org.mediationdesk.identity.HashedSecret;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.PublicAddress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal feed addresses: created and revoked by their holder; a secret resolves to the viewer its account stands
 * for now, or to nothing.
 */
@Service
public class FeedAddresses {

	/** How many addresses one account may hold at once: enough for a phone, a desktop and a spare. */
	static final int MAX_ACTIVE = 10;

	/** A feed address's secret has no prefix: it stands in a path, where it is as short as it can be. */
	private static final String NO_PREFIX = "";

	private final FeedAddressRepository addresses;
	private final AccountManagement accounts;
	private final PublicAddress publicAddress;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	FeedAddresses(FeedAddressRepository addresses, AccountManagement accounts, PublicAddress publicAddress,
			ApplicationEventPublisher events, Clock clock) {
		this.addresses = addresses;
		this.accounts = accounts;
		this.publicAddress = publicAddress;
		this.events = events;
		this.clock = clock;
	}

	/** The viewer's own addresses, newest first, revoked ones included (with when). */
	@Transactional(readOnly = true)
	public List<FeedAddressView> list(Viewer viewer) {
		viewer.requireLoggedIn();
		return addresses.findByAccountIdOrderByCreatedAtDesc(viewer.accountId()).stream().map(FeedAddress::view).toList();
	}

	/** Creates an address for the viewer; its secret is in the answer and nowhere else. */
	@Transactional
	public CreatedFeedAddress create(Viewer viewer) {
		viewer.requireLoggedIn();
		if (accounts.activeViewer(viewer.accountId()).isEmpty()) {
			throw new DeskException.NotFound();
		}
		long active = addresses.findByAccountIdOrderByCreatedAtDesc(viewer.accountId())
			.stream()
			.filter(FeedAddress::active)
			.count();
		if (active >= MAX_ACTIVE) {
			throw new DeskException.Conflict("feeds.tooMany", MAX_ACTIVE);
		}
		HashedSecret.Issued issued = HashedSecret.issue(NO_PREFIX);
		String secret = issued.secret();
		FeedAddress address = addresses.save(FeedAddress.create(viewer.accountId(), issued.hashed(), clock.instant()));
		events.publishEvent(new FeedAddressChanged(viewer.username(), address.id(), false));
		return new CreatedFeedAddress(address.id(), publicAddress.of(FeedsController.personal(secret, "rounds.ics")),
				publicAddress.of(FeedsController.personal(secret, "communiques.atom")));
	}

	/** Revokes one of the viewer's own addresses; another's does not exist for them. */
	@Transactional
	public void revoke(Viewer viewer, UUID id) {
		viewer.requireLoggedIn();
		FeedAddress address = addresses.findById(id)
			.filter(candidate -> candidate.accountId().equals(viewer.accountId()))
			.orElseThrow(DeskException.NotFound::new);
		address.revoke(clock.instant());
		addresses.save(address);
		events.publishEvent(new FeedAddressChanged(viewer.username(), id, true));
	}

	/**
	 * The viewer a secret stands for now: empty if the secret is malformed, unknown or revoked, or its account is
	 * disabled or held at a login step.
	 */
	@Transactional(readOnly = true)
	public Optional<Viewer> resolve(String secret) {
		return HashedSecret.presented(NO_PREFIX, secret)
			.flatMap(hashed -> addresses.findByTokenHash(hashed.hash()))
			.filter(address -> address.standsFor(secret))
			.flatMap(address -> accounts.activeViewer(address.accountId()));
	}
}
