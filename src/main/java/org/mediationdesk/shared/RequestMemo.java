package org.mediationdesk.shared;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What a page reads several times, read once per request. A round's page asks its round of the process record once
 * for itself and again for each part (attendance, accounts, communiqué, the navigation); within one {@code GET} or
 * {@code HEAD} the answer is the same each time, so the first is kept in the request for the others.
 *
 * <p>Only a safe request keeps anything: a {@code POST} may change what it reads, so it reads afresh each time. Outside
 * a request (a job, a command, a live stream's push) nothing is kept either. A value kept must not be changed by those
 * who read it (views are records of unmodifiable lists).
 */
public final class RequestMemo {

	private static final String PREFIX = RequestMemo.class.getName() + ".";

	private RequestMemo() {
	}

	/** The value under {@code key} in this safe request, computed the first time; {@code compute} each time otherwise. */
	@SuppressWarnings("unchecked")
	public static <T> T once(String key, Supplier<T> compute) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (!(attributes instanceof ServletRequestAttributes request) || !safe(request.getRequest().getMethod())) {
			return compute.get();
		}
		Object kept = attributes.getAttribute(PREFIX + key, RequestAttributes.SCOPE_REQUEST);
		if (kept != null) {
			return (T) kept;
		}
		T value = compute.get();
		if (value != null) {
			attributes.setAttribute(PREFIX + key, value, RequestAttributes.SCOPE_REQUEST);
		}
		return value;
	}

	/** As {@link #once(String, Supplier)}, for an answer that may be empty (an empty one is kept too). */
	public static <T> Optional<T> onceOptional(String key, Supplier<Optional<T>> compute) {
		return once(key, compute);
	}

	private static boolean safe(String method) {
		return "GET".equals(method) || "HEAD".equals(method);
	}
}
