package org.mediationdesk.shared;

/**
 * Why the application (or a command) will not start, said in one line that names what to do: a missing
 * setting, a missing key, a database in use by another process. The platform prints the message alone, without
 * a stack trace, and the process exits with a non-zero code.
 */
public class StartRefused extends IllegalStateException {

	public StartRefused(String message) {
		super(message);
	}
}
