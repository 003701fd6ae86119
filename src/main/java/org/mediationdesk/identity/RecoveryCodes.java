package org.mediationdesk.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Recovery codes: ten single-use codes for when the authenticator is lost, shown once when they are made and
 * stored only as a hash. Each carries 80 random bits, so a fast hash is enough, as for API tokens.
 */
@Component
class RecoveryCodes {

	static final int COUNT = 10;
	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final Clock clock;

	RecoveryCodes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Replaces an account's recovery codes with new ones and returns them (the only time they are seen). */
	List<String> renew(UUID accountId) {
		remove(accountId);
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < COUNT; i++) {
			StringBuilder code = new StringBuilder();
			for (int j = 0; j < 16; j++) {
				if (j > 0 && j % 4 == 0) {
					code.append('-');
				}
				code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
			codes.add(code.toString());
			jdbc.sql("INSERT INTO recovery_code (account_id, code_hash, created_at) VALUES (:account, :hash, :now)")
				.param("account", accountId)
				.param("hash", hash(code.toString()))
				.param("now", clock.instant().atOffset(ZoneOffset.UTC))
				.update();
		}
		return codes;
	}

	/** Uses a recovery code: true if it was one of the account's and had not been used. */
	boolean use(UUID accountId, String typed) {
		String normalised = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
		if (normalised.length() != 16) {
			return false;
		}
		return jdbc.sql("UPDATE recovery_code SET used_at = :now WHERE account_id = :account AND code_hash = :hash"
				+ " AND used_at IS NULL")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("account", accountId)
			.param("hash", hash(normalised))
			.update() == 1;
	}

	/** How many unused codes an account has left. */
	int remaining(UUID accountId) {
		return jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE account_id = :account AND used_at IS NULL")
			.param("account", accountId)
			.query(Integer.class)
			.single();
	}

	void remove(UUID accountId) {
		jdbc.sql("DELETE FROM recovery_code WHERE account_id = :account").param("account", accountId).update();
	}

	private static String hash(String code) {
		return HashedSecret.of(code.toLowerCase(Locale.ROOT).replace("-", "")).hash();
	}
}
