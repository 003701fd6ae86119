package org.mediationdesk.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.FlywayException;
import org.springframework.stereotype.Component;

/**
 * The migrations' versions are consecutive (1, 2, 3 …; see docs/architecture.md, "Migrations"). They were not
 * always: {@code V21_1} sat between 21 and 22, and there was no 27. A database migrated before the versions were
 * made consecutive records the old names, and Flyway would refuse it (a version applied but missing, another
 * one changed). Before Flyway validates, this renames those records to the new versions; the scripts themselves
 * did not change, so their checksums still match. On a new or already renamed database it does nothing.
 */
@Component
class MigrationRenumbering implements Callback {

	/** Old script name, as recorded by Flyway, to new version and script name. */
	static final Map<String, String[]> RENAMED = Map.of(
			"V21_1__co_chair_titles_per_language.sql", new String[] { "22", "V22__co_chair_titles_per_language.sql" },
			"V22__feeds.sql", new String[] { "23", "V23__feeds.sql" },
			"V23__meeting_board.sql", new String[] { "24", "V24__meeting_board.sql" },
			"V24__attendance_times_and_corrections.sql",
			new String[] { "25", "V25__attendance_times_and_corrections.sql" },
			"V25__notifications_and_invitations.sql", new String[] { "26", "V26__notifications_and_invitations.sql" },
			"V26__private_drafting.sql", new String[] { "27", "V27__private_drafting.sql" });

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		String table = context.getConfiguration().getTable();
		try {
			Connection connection = context.getConnection();
			if (!exists(connection, table)) {
				return;
			}
			String update = "UPDATE \"" + table + "\" SET \"version\" = ?, \"script\" = ? WHERE \"script\" = ?";
			try (PreparedStatement statement = connection.prepareStatement(update)) {
				for (Map.Entry<String, String[]> renamed : RENAMED.entrySet()) {
					statement.setString(1, renamed.getValue()[0]);
					statement.setString(2, renamed.getValue()[1]);
					statement.setString(3, renamed.getKey());
					statement.executeUpdate();
				}
			}
		}
		catch (SQLException e) {
			throw new FlywayException("Could not rename the migrations recorded under their old versions: "
					+ e.getMessage(), e);
		}
	}

	private static boolean exists(Connection connection, String table) throws SQLException {
		try (ResultSet tables = connection.getMetaData().getTables(null, null, null, new String[] { "TABLE" })) {
			while (tables.next()) {
				if (table.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
					return true;
				}
			}
			return false;
		}
	}

	@Override
	public String getCallbackName() {
		return "migration-renumbering";
	}
}
