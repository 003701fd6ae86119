package org.mediationdesk.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * Time-based one-time codes (RFC 6238, as authenticator apps make them: HMAC-SHA1, six digits, a new code every
 * 30 seconds) computed by java-otp, and the QR code that carries the secret to the app, drawn here as an SVG
 * image (ZXing), so that the secret never leaves the installation. A code is accepted for the time step before
 * and after the current one (a phone's clock may be a little off), and only once.
 */
final class OneTimeCodes {

	static final Duration STEP = Duration.ofSeconds(30);
	static final String ISSUER = "Mediation Desk";
	private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator(STEP, 6);
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private OneTimeCodes() {
	}

	/** A new shared secret of 160 bits, in base32 as authenticator apps take it. */
	static String newSecret() {
		byte[] bytes = new byte[20];
		RANDOM.nextBytes(bytes);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < bytes.length; i += 5) {
			long block = 0;
			for (int j = 0; j < 5; j++) {
				block = (block << 8) | (bytes[i + j] & 0xff);
			}
			for (int k = 7; k >= 0; k--) {
				text.append(BASE32.charAt((int) ((block >> (5 * k)) & 31)));
			}
		}
		return text.toString();
	}

	static byte[] decode(String secret) {
		String text = secret.toUpperCase(Locale.ROOT).replace("=", "");
		byte[] bytes = new byte[text.length() * 5 / 8];
		long buffer = 0;
		int bits = 0;
		int index = 0;
		for (char c : text.toCharArray()) {
			int value = BASE32.indexOf(c);
			if (value < 0) {
				throw new IllegalArgumentException("not base32: " + c);
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				bytes[index++] = (byte) (buffer >> (bits - 8));
				bits -= 8;
			}
		}
		return bytes;
	}

	static long step(Instant moment) {
		return moment.getEpochSecond() / STEP.getSeconds();
	}

	/** The code of a secret for a time step. */
	static String code(String secret, long step) {
		try {
			return TOTP.generateOneTimePasswordString(new SecretKeySpec(decode(secret), TOTP.getAlgorithm()),
					Instant.ofEpochSecond(step * STEP.getSeconds()), Locale.ROOT);
		}
		catch (InvalidKeyException e) {
			throw new IllegalStateException("The second factor's secret is not a valid key", e);
		}
	}

	/**
	 * The time step whose code this is, if it is the code of the step before, at or after {@code now} and of a
	 * step later than the last one used.
	 */
	static OptionalLong matchingStep(String secret, String typed, Instant now, long lastUsedStep) {
		String code = typed == null ? "" : typed.replaceAll("[\\s-]", "");
		if (!code.matches("[0-9]{6}")) {
			return OptionalLong.empty();
		}
		long current = step(now);
		for (long step = current - 1; step <= current + 1; step++) {
			if (step > lastUsedStep && MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
					code.getBytes(StandardCharsets.US_ASCII))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/** The {@code otpauth://} address that an authenticator app reads from the QR code. */
	static String enrolmentAddress(String username, String secret) {
		String label = encode(ISSUER + ":" + username);
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(ISSUER)
				+ "&algorithm=SHA1&digits=6&period=" + STEP.getSeconds();
	}

	/** A QR code of the text, as an SVG image in a {@code data:} address (the pages allow images from data:). */
	static String qrImage(String text) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, 4, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
			StringBuilder path = new StringBuilder();
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					if (matrix.get(x, y)) {
						path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
					}
				}
			}
			String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " "
					+ matrix.getHeight() + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\""
					+ " fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
			return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
		}
		catch (WriterException e) {
			throw new IllegalStateException("The QR code could not be drawn", e);
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
