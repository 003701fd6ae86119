package org.mediationdesk.identity;

/**
 * Sending e-mail, as another module provides it (the notifications module keeps an outbox): identity sends the
 * invitations through it without depending on that module. {@link #queue} writes the message in the caller's
 * transaction; it goes out after the commit, or not at all if the transaction rolls back.
 */
public interface OutgoingMail {

	/** Whether e-mail is sent here at all (an SMTP server is configured). */
	boolean available();

	/** Queues a plain-text message to one address. */
	void queue(String recipient, String subject, String body);
}
