package org.mediationdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.shared.DeskException;

class ApiTokenTests {

	private static final Instant ISSUED = Instant.parse("2026-03-01T09:00:00Z");

	private final HashedSecret.Issued secret = HashedSecret.issue(ApiToken.PREFIX);
	private final UUID holder = UUID.randomUUID();
	private final ApiToken token = ApiToken.issue(holder, "laptop", secret.hashed(), ISSUED);

	@Test
	void standsForItsSecretWhileActive() {
		assertThat(token.active()).isTrue();
		assertThat(token.accountId()).isEqualTo(holder);
		assertThat(token.standsFor(secret.secret())).isTrue();
		assertThat(token.standsFor(HashedSecret.issue(ApiToken.PREFIX).secret())).isFalse();
		assertThat(token.view()).isEqualTo(new TokenView(token.id(), "laptop", ISSUED, null));
	}

	@Test
	void revokedTokenStandsForNobody() {
		Instant revoked = ISSUED.plusSeconds(60);
		token.revoke(revoked);
		assertThat(token.active()).isFalse();
		assertThat(token.standsFor(secret.secret())).isFalse();
		assertThat(token.view().revokedAt()).isEqualTo(revoked);
		assertThat(token.view().active()).isFalse();
	}

	@Test
	void refusesRevokingARevokedTokenAndNamesIt() {
		token.revoke(ISSUED.plusSeconds(60));
		assertThatExceptionOfType(DeskException.Conflict.class).isThrownBy(() -> token.revoke(ISSUED.plusSeconds(120)))
			.withMessage("token.alreadyRevoked")
			.satisfies(refused -> assertThat(refused.arguments()).containsExactly("laptop"));
		assertThat(token.view().revokedAt()).isEqualTo(ISSUED.plusSeconds(60));
	}

	@Test
	void keepsOnlyTheHashOfItsSecret() {
		assertThat(secret.secret()).startsWith("mdt_");
		assertThat(token.view().toString()).doesNotContain(secret.secret());
	}
}
