package org.mediationdesk.shared;

import java.util.Map;

/**
 * A failure that is the user's to fix, carrying a message code (resolved in the viewer's language from
 * the message bundles) and its arguments. The platform turns it into a page or a problem detail.
 */
public abstract class DeskException extends RuntimeException {

	private final String code;
	private final transient Object[] arguments;

	protected DeskException(String code, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = arguments;
	}

	public String code() {
		return code;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	/** What an API problem detail carries beside its message (the findings that refused it, the changes since). */
	public Map<String, Object> properties() {
		return Map.of();
	}

	/** What the viewer may not see, or what does not exist: both answer 404. */
	public static class NotFound extends DeskException {
		public NotFound() {
			super("error.notFound");
		}
	}

	/** The request breaks a rule of the domain; the message says which and what to do. */
	public static class Invalid extends DeskException {
		public Invalid(String code, Object... arguments) {
			super(code, arguments);
		}
	}

	/** The request clashes with the current state (a duplicate, a concurrent edit). */
	public static class Conflict extends DeskException {
		public Conflict(String code, Object... arguments) {
			super(code, arguments);
		}
	}

	/**
	 * The request was made on a view of something that others have changed since (an {@code If-Match} that
	 * no longer holds, a form older than the latest change): look again, then repeat it.
	 */
	public static class Stale extends Conflict {
		public Stale(String code, Object... arguments) {
			super(code, arguments);
		}
	}
}
