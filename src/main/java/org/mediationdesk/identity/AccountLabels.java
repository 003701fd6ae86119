package org.mediationdesk.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import java.util.Objects;

/**
 * Accounts by their display name: an {@code account} by its id, a {@code session} (a login) by the username of the
 * person who logged in. Named to the administrators, who manage accounts, and to the co-chairs and secretariat, who
 * see who did what; the account's page is for the administrators.
 */
@Component
class AccountLabels implements ObjectLabels {

	static final String ACCOUNT = "account";
	static final String SESSION = "session";

	private final JdbcClient jdbc;

	AccountLabels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> objectTypes() {
		return Set.of(ACCOUNT, SESSION);
	}

	@Override
	public Map<String, Label> labels(String objectType, Set<String> ids, Viewer viewer, Locale locale) {
		Map<String, Label> labels = new HashMap<>();
		if (!viewer.isAdmin() && !viewer.isMediator()) {
			return labels;
		}
		boolean byId = ACCOUNT.equals(objectType);
		List<?> keys = byId ? ids.stream().map(AccountLabels::uuid).filter(Objects::nonNull).toList()
				: List.copyOf(ids);
		String key = byId ? "id" : "username";
		for (List<?> batch : ObjectLabels.batches(keys)) {
			jdbc.sql("SELECT id, username, display_name FROM account WHERE " + key + " IN (:keys)")
				.param("keys", batch)
				.query((row, number) -> {
					String id = row.getObject("id", UUID.class).toString();
					labels.put(byId ? id : row.getString("username"), new Label(row.getString("display_name"),
							viewer.isAdmin() ? "/admin/accounts/" + id : null));
					return id;
				})
				.list();
		}
		return labels;
	}

	private static UUID uuid(String value) {
		try {
			return value == null ? null : UUID.fromString(value);
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}
}
