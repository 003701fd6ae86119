package org.mediationdesk.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.identity.HashedSecret;
import org.mediationdesk.shared.DeskException;

class FeedAddressTests {

	private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");

	private final HashedSecret.Issued secret = HashedSecret.issue("");
	private final UUID holder = UUID.randomUUID();
	private final FeedAddress address = FeedAddress.create(holder, secret.hashed(), CREATED);

	@Test
	void standsForItsHolderWithItsOwnSecretOnly() {
		assertThat(address.active()).isTrue();
		assertThat(address.accountId()).isEqualTo(holder);
		assertThat(address.standsFor(secret.secret())).isTrue();
		assertThat(address.standsFor(HashedSecret.issue("").secret())).isFalse();
		assertThat(address.standsFor(null)).isFalse();
		assertThat(address.view()).isEqualTo(new FeedAddressView(address.id(), CREATED, null));
	}

	@Test
	void revokedAddressStandsForNobody() {
		Instant revoked = CREATED.plusSeconds(3600);
		address.revoke(revoked);
		assertThat(address.active()).isFalse();
		assertThat(address.standsFor(secret.secret())).isFalse();
		assertThat(address.view().revokedAt()).isEqualTo(revoked);
	}

	@Test
	void refusesRevokingARevokedAddress() {
		address.revoke(CREATED.plusSeconds(60));
		assertThatExceptionOfType(DeskException.Conflict.class).isThrownBy(() -> address.revoke(CREATED.plusSeconds(120)))
			.withMessage("feeds.alreadyRevoked");
		assertThat(address.view().revokedAt()).isEqualTo(CREATED.plusSeconds(60));
	}
}
