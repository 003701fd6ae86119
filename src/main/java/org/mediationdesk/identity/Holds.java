package org.mediationdesk.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.mediationdesk.shared.DeskException;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Access held open for an account, checked again cheaply. Each account has an access version, counted up in the
 * same transaction as every change of the account ({@link AccountDisabled}, {@link AccountRoleChanged}, and each
 * {@link AccountChanged}: enabled, password or second factor changed or reset, token issued or revoked ...).
 * Whoever holds access open for an account (the live streams) keeps the version it last saw, compares it with
 * {@link #versions} (one indexed read for many accounts), and only when it moved asks {@link #standing} for the
 * viewer the account stands for now, or for nobody.
 */
@Service
public class Holds {

	private final JdbcClient jdbc;
	private final AccountRepository accounts;
	private final ApiTokenRepository tokens;
	private final Logins logins;

	Holds(JdbcClient jdbc, AccountRepository accounts, ApiTokenRepository tokens, Logins logins) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.tokens = tokens;
		this.logins = logins;
	}

	/**
	 * The hold of the current request's viewer, with the API token the request came with; empty for the public,
	 * which holds nothing that could be withdrawn. An account that is not there is not there (404).
	 */
	@Transactional(readOnly = true)
	public Optional<Hold> take(Viewer viewer) {
		if (viewer.isAnonymous()) {
			return Optional.empty();
		}
		Account account = accounts.findById(viewer.accountId()).orElseThrow(DeskException.NotFound::new);
		return Optional.of(new Hold(account.id(), Viewers.currentToken().orElse(null), account.loginsValidFrom()));
	}

	/** The access version of each of these accounts now, in one read; an account that is gone is left out. */
	@Transactional(readOnly = true)
	public Map<UUID, Long> versions(Collection<UUID> accountIds) {
		Map<UUID, Long> versions = new HashMap<>();
		if (accountIds.isEmpty()) {
			return versions;
		}
		jdbc.sql("SELECT id, access_version FROM account WHERE id IN (:ids)")
			.param("ids", accountIds)
			.query((row, number) -> versions.put(row.getObject("id", UUID.class), row.getLong("access_version")))
			.list();
		return versions;
	}

	/**
	 * The viewer a hold stands for now: empty if the account is gone or disabled, if the token it came with was
	 * revoked, or, for a login, if the account's logins were ended since (a new or reset password) or are held at a
	 * step (a password to choose, a second factor to enrol). Otherwise the account's current role, institution and
	 * group.
	 */
	@Transactional(readOnly = true)
	public Optional<Viewer> standing(Hold hold) {
		return accounts.findById(hold.accountId())
			.filter(Account::enabled)
			.filter(account -> !account.awaitingPassword())
			.filter(account -> hold.tokenId() == null ? loginStands(account, hold) : tokenStands(hold))
			.map(Account::asViewer);
	}

	private boolean loginStands(Account account, Hold hold) {
		return account.loginsValidFrom().equals(hold.loginsValidFrom()) && logins.gate(account) == DeskUser.Gate.NONE;
	}

	private boolean tokenStands(Hold hold) {
		return tokens.findById(hold.tokenId())
			.filter(token -> token.accountId().equals(hold.accountId()))
			.filter(ApiToken::active)
			.isPresent();
	}

	@EventListener
	void on(AccountDisabled event) {
		changed(event.accountId());
	}

	@EventListener
	void on(AccountRoleChanged event) {
		changed(event.accountId());
	}

	@EventListener
	void on(AccountChanged event) {
		changed(event.accountId());
	}

	/** Counts up the account's access version, in the transaction of the change. */
	private void changed(UUID accountId) {
		jdbc.sql("UPDATE account SET access_version = access_version + 1 WHERE id = :id").param("id", accountId).update();
	}
}
