package org.mediationdesk.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import java.sql.Timestamp;

/**
 * The notifications, one row each. Every read is for one account and passes the access policy's predicate on
 * the audience of what the notification concerns.
 */
@Repository
class NotificationStore {

	/** A stored notification, before it is rendered for its reader. */
	record Row(UUID id, String messageKey, String arguments, String link, Instant createdAt, Instant readAt) {
	}

	private final JdbcClient jdbc;

	NotificationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a notification for an account, unless the same event already gave that account this message (the event
	 * delivered again). Of two deliveries at once, the unique constraint on the event, account and message refuses
	 * the second, which is delivered again later and then finds the notification made.
	 *
	 * @param eventId the id of the announced event
	 * @return whether the notification was stored now
	 */
	boolean add(UUID eventId, UUID accountId, Message message, String link, Audience audience, Instant now) {
		boolean made = jdbc.sql("""
				SELECT COUNT(*) FROM notification
				WHERE event_id = :event AND account_id = :account AND message_key = :key""")
			.param("event", eventId)
			.param("account", accountId)
			.param("key", message.key())
			.query(Long.class)
			.single() > 0;
		if (made) {
			return false;
		}
		jdbc.sql("""
				INSERT INTO notification (id, event_id, account_id, message_key, arguments, link, audience_kind,
				    audience_group, created_at)
				VALUES (:id, :event, :account, :key, :arguments, :link, :kind, :group, :now)""")
			.param("id", UUID.randomUUID())
			.param("event", eventId)
			.param("account", accountId)
			.param("key", message.key())
			.param("arguments", cut(message.storedArguments(), 2000))
			.param("link", cut(link, 300))
			.param("kind", audience.kind().name())
			.param("group", audience.group())
			.param("now", Timestamp.from(now))
			.update();
		return true;
	}

	List<Row> page(UUID accountId, SqlPredicate visible, int offset, int size) {
		return jdbc.sql("SELECT n.id, n.message_key, n.arguments, n.link, n.created_at, n.read_at FROM notification n"
				+ " WHERE n.account_id = :account AND " + visible.sql()
				+ " ORDER BY n.created_at DESC, n.id DESC LIMIT :size OFFSET :offset")
			.params(visible.parameters())
			.param("account", accountId)
			.param("size", size)
			.param("offset", offset)
			.query(Row.class)
			.list();
	}

	long count(UUID accountId, SqlPredicate visible, boolean unreadOnly) {
		return jdbc.sql("SELECT COUNT(*) FROM notification n WHERE n.account_id = :account AND " + visible.sql()
				+ (unreadOnly ? " AND n.read_at IS NULL" : ""))
			.params(visible.parameters())
			.param("account", accountId)
			.query(Long.class)
			.single();
	}

	Optional<Row> find(UUID accountId, SqlPredicate visible, UUID id) {
		return jdbc.sql("SELECT n.id, n.message_key, n.arguments, n.link, n.created_at, n.read_at FROM notification n"
				+ " WHERE n.id = :id AND n.account_id = :account AND " + visible.sql())
			.params(visible.parameters())
			.param("account", accountId)
			.param("id", id)
			.query(Row.class)
			.optional();
	}

	void markRead(UUID id, Instant now) {
		jdbc.sql("UPDATE notification SET read_at = :now WHERE id = :id AND read_at IS NULL")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	int markAllRead(UUID accountId, SqlPredicate visible, Instant now) {
		return jdbc.sql("UPDATE notification n SET read_at = :now WHERE n.account_id = :account AND n.read_at IS NULL AND "
				+ visible.sql())
			.params(visible.parameters())
			.param("account", accountId)
			.param("now", Timestamp.from(now))
			.update();
	}

	private static String cut(String value, int length) {
		return value.length() <= length ? value : value.substring(0, length);
	}
}
