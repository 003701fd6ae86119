package org.mediationdesk.identity;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.mediationdesk.shared.StartRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second factor's secrets as the database keeps them: encrypted under the key outside it
 * ({@link SecondFactorKeys}). At every start, before the application serves anything, every stored secret is checked:
 * one kept as it was (enrolled before secrets were encrypted) is encrypted now, so that the second factor of such an
 * account goes on working; one under a key that is not among the key files refuses the start, in one line, rather
 * than leave those accounts without their second factor. {@link #rotate()} moves every secret to a new key.
 */
@Component
class SecondFactorSecrets implements SmartInitializingSingleton {

	private static final Logger LOG = LoggerFactory.getLogger(SecondFactorSecrets.class);

	private final SecondFactorKeys keys;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;

	SecondFactorSecrets(IdentityProperties properties, JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.keys = new SecondFactorKeys(properties.security().secondFactorKey(),
				properties.security().generateSecondFactorKey());
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
	}

	private record Stored(UUID id, String secret) {
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<String> unknown = stored().stream()
			.map(Stored::secret)
			.map(SecondFactorKeys::keyId)
			.flatMap(Optional::stream)
			.distinct()
			.filter(keyId -> !keys.knows(keyId))
			.toList();
		if (!unknown.isEmpty()) {
			throw new StartRefused("the second factor's key " + keys.file() + " is not the key the enrolled second factors"
					+ " were encrypted with (key " + String.join(", ", unknown) + ", this is " + keys.currentId()
					+ "); put that key file there, or point MEDIATIONDESK_SECOND_FACTOR_KEY at it");
		}
		int encrypted = resealAll(keys.currentId(), true);
		if (encrypted > 0) {
			LOG.info("Encrypted {} second factor secrets kept as they were under the key {}", encrypted, keys.file());
		}
	}

	/** The secret sealed for this account, to be stored. */
	String seal(UUID accountId, String secret) {
		return keys.seal(accountId, secret);
	}

	/** The secret of this account, from what is stored. */
	String open(UUID accountId, String stored) {
		return keys.open(accountId, stored);
	}

	/**
	 * Moves every secret to a new key, in steps that each leave every secret readable, so that a rotation cut short
	 * is taken up again by the next: the new key is written beside the old ({@code .next}); every secret is encrypted
	 * again under it; the new key takes the old one's place, which stays as {@code .previous}; any secret still under
	 * another key (enrolled meanwhile on a running node) is encrypted again; then the old key is removed. Returns
	 * how many secrets were encrypted again.
	 */
	Rotation rotate() {
		if (Files.exists(keys.previous()) && !Files.exists(keys.next())) {
			// a rotation stopped after the swap: finish it first
			resealAll(keys.currentId(), false);
			keys.dropPrevious();
		}
		String from = keys.currentId();
		String to = keys.prepareNext();
		int moved = resealAll(to, false);
		keys.swap();
		moved += resealAll(keys.currentId(), false);
		List<Stored> left = stored().stream()
			.filter(row -> !SecondFactorKeys.keyId(row.secret()).orElse("").equals(to))
			.toList();
		if (!left.isEmpty()) {
			throw new IllegalStateException(left.size() + " second factor secrets are still not under the new key " + to
					+ "; the old key stays as " + keys.previous() + "; run the rotation again");
		}
		keys.dropPrevious();
		return new Rotation(from, to, moved);
	}

	/** A rotation's result: from which key to which, and how many secrets were encrypted again. */
	record Rotation(String from, String to, int secrets) {
	}

	/**
	 * Encrypts again under the key {@code to} every stored secret that is not under it (only those kept as they were,
	 * with {@code plainOnly}); each change is conditional on the value read and moves the account's version, so that
	 * a concurrent save of the account cannot write the old value back unnoticed.
	 */
	private int resealAll(String to, boolean plainOnly) {
		int changed = 0;
		for (Stored row : stored()) {
			Optional<String> under = SecondFactorKeys.keyId(row.secret());
			if (under.isPresent() && (plainOnly || under.get().equals(to))) {
				continue;
			}
			String secret = under.isPresent() ? keys.open(row.id(), row.secret()) : row.secret();
			String sealed = keys.seal(row.id(), secret, to);
			Integer updated = transactions.execute(status -> jdbc.sql("UPDATE account SET second_factor_secret = :sealed,"
					+ " version = version + 1 WHERE id = :id AND second_factor_secret = :old")
				.param("sealed", sealed)
				.param("id", row.id())
				.param("old", row.secret())
				.update());
			changed += updated == null ? 0 : updated;
		}
		return changed;
	}

	private List<Stored> stored() {
		return jdbc.sql("SELECT id, second_factor_secret FROM account WHERE second_factor_secret IS NOT NULL")
			.query((rs, n) -> new Stored(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
	}
}
