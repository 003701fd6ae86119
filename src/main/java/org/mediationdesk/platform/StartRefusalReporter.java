package org.mediationdesk.platform;

import java.sql.SQLException;

import org.mediationdesk.shared.StartRefused;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Prints why the application will not start in one line, instead of a stack trace, when the reason is one the
 * operator can act on: a {@link StartRefused} anywhere among the causes, or the embedded database's own refusal
 * to open a file that another process holds (should one start between the check and the opening). Registered in
 * {@code META-INF/spring.factories}; the process then exits with code 1.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartRefusalReporter implements SpringBootExceptionReporter {

	/** The embedded database's error code for a database already opened by another process. */
	private static final int DATABASE_ALREADY_OPEN = 90020;

	StartRefusalReporter(ConfigurableApplicationContext context) {
	}

	@Override
	public boolean reportException(Throwable failure) {
		String reason = reason(failure);
		if (reason == null) {
			return false;
		}
		System.err.println(reason.startsWith("Mediation Desk") ? reason : "Mediation Desk will not start: " + reason);
		return true;
	}

	static String reason(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof StartRefused refused) {
				return refused.getMessage();
			}
			if (cause instanceof SQLException sql && sql.getErrorCode() == DATABASE_ALREADY_OPEN) {
				return "the database is in use by another Mediation Desk process; stop it first";
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}
}
