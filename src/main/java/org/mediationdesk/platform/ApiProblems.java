package org.mediationdesk.platform;

import java.io.IOException;

import java.time.Duration;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.mediationdesk.identity.LoginDelayedException;
import org.mediationdesk.identity.SecondFactorNeededException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Writes RFC 9457 problem details for the API's security answers (401 and 404), in the caller's language. */
@Component
class ApiProblems {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

	private final MessageSource messages;

	private final Clock clock;

	ApiProblems(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * A request the API does not let in: without a valid token (or, for issuing one, with a wrong password); too
	 * early after failed logins from the same address (429, with when to try again); or with the password of an
	 * account that logs in with a second factor, which HTTP Basic cannot give.
	 */
	void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		if (failure instanceof LoginDelayedException delayed) {
			long seconds = Math.max(1, Duration.between(clock.instant(), delayed.retryAt()).toSeconds() + 1);
			response.setHeader("Retry-After", String.valueOf(seconds));
			write(request, response, HttpStatus.TOO_MANY_REQUESTS, "api.loginDelayed",
					TIME.format(delayed.retryAt()));
			return;
		}
		if (failure instanceof SecondFactorNeededException) {
			write(request, response, HttpStatus.UNAUTHORIZED, "api.secondFactorNeeded");
			return;
		}
		response.setHeader("WWW-Authenticate", "Bearer");
		write(request, response, HttpStatus.UNAUTHORIZED, "api.unauthorized");
	}

	void notFound(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		write(request, response, HttpStatus.NOT_FOUND, "error.notFound");
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			Object... arguments) throws IOException {
		String detail = messages.getMessage(code, arguments, code, request.getLocale());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + json(status.getReasonPhrase()) + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + json(detail) + "\",\"instance\":\""
					+ json(request.getRequestURI()) + "\"}");
	}

	private static String json(String value) {
		StringBuilder escaped = new StringBuilder();
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> escaped.append("\\\"");
				case '\\' -> escaped.append("\\\\");
				default -> {
					if (c < 0x20) {
						escaped.append(String.format("\\u%04x", (int) c));
					}
					else {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}
}
