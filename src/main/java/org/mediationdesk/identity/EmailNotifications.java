package org.mediationdesk.identity;

/** Whether the holder of an account also receives each notification by e-mail. */
public enum EmailNotifications {
	/** Only in the application. */
	NONE,
	/** Each notification also by e-mail, to the account's address. */
	EACH
}
