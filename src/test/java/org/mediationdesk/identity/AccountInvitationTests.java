package org.mediationdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.shared.DeskException;

class AccountInvitationTests {

	private static final Instant SENT = Instant.parse("2026-03-01T09:00:00Z");
	private static final Instant EXPIRES = SENT.plus(Duration.ofHours(72));

	private final HashedSecret.Issued secret = HashedSecret.issue("");
	private final AccountInvitation invitation = AccountInvitation.issue(UUID.randomUUID(), secret.hashed(), SENT,
			EXPIRES);

	@Test
	void isOpenUntilItExpires() {
		assertThat(invitation.open(SENT)).isTrue();
		assertThat(invitation.open(EXPIRES.minusNanos(1))).isTrue();
		assertThat(invitation.open(EXPIRES)).isFalse();
		assertThat(invitation.openFor(secret.secret(), EXPIRES.minusSeconds(1))).isTrue();
		assertThat(invitation.openFor(secret.secret(), EXPIRES)).isFalse();
	}

	@Test
	void opensOnlyForItsOwnSecret() {
		assertThat(invitation.openFor(HashedSecret.issue("").secret(), SENT)).isFalse();
		assertThat(invitation.openFor(null, SENT)).isFalse();
	}

	@Test
	void isGoodOnce() {
		invitation.accept(SENT.plusSeconds(60));
		assertThat(invitation.open(SENT.plusSeconds(61))).isFalse();
		assertThat(invitation.openFor(secret.secret(), SENT.plusSeconds(61))).isFalse();
		assertThatExceptionOfType(DeskException.Conflict.class)
			.isThrownBy(() -> invitation.accept(SENT.plusSeconds(120)))
			.withMessage("invitation.closed");
	}

	@Test
	void refusesAcceptanceAfterExpiry() {
		assertThatExceptionOfType(DeskException.Conflict.class).isThrownBy(() -> invitation.accept(EXPIRES))
			.withMessage("invitation.expired");
		assertThatExceptionOfType(DeskException.Conflict.class).isThrownBy(() -> invitation.end(EXPIRES.plusSeconds(1)))
			.withMessage("invitation.expired");
	}

	@Test
	void anEndedInvitationCannotBeUsed() {
		invitation.end(SENT.plusSeconds(10));
		assertThat(invitation.open(SENT.plusSeconds(11))).isFalse();
		assertThatExceptionOfType(DeskException.Conflict.class).isThrownBy(() -> invitation.accept(SENT.plusSeconds(20)))
			.withMessage("invitation.closed");
		assertThatExceptionOfType(DeskException.Conflict.class).isThrownBy(() -> invitation.end(SENT.plusSeconds(20)))
			.withMessage("invitation.closed");
	}

	@Test
	void refusesAnInvitationThatWouldExpireAsItIsSent() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AccountInvitation.issue(UUID.randomUUID(), secret.hashed(), SENT, SENT));
	}
}
