package org.mediationdesk.identity;

import java.security.SecureRandom;
import java.util.Locale;

import org.mediationdesk.shared.DeskException;

/** The rules of a password a holder chooses, and random passwords that an administrator hands over. */
final class Passwords {

	static final int MIN_LENGTH = 12;
	private static final int MAX_LENGTH = 128;
	private static final SecureRandom RANDOM = new SecureRandom();
	/** Without the letters and digits that are easily confused when a password is read out or copied by hand. */
	private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private Passwords() {
	}

	static String random() {
		StringBuilder password = new StringBuilder(20);
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	/** Refuses a password that is too short or too long, or that contains the user name. */
	static void requireStrong(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			throw new DeskException.Invalid("password.tooShort", MIN_LENGTH);
		}
		if (password.toLowerCase(Locale.ROOT).contains(username)) {
			throw new DeskException.Invalid("password.containsUsername");
		}
	}
}
