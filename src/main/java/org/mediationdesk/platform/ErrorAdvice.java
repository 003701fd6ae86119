package org.mediationdesk.platform;

import java.util.Locale;
import java.util.stream.Collectors;

import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Refusals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import tools.jackson.core.JacksonException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.sql.SQLException;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Turns failures into answers that say what to do: RFC 9457 problem details under {@code /api}, an error
 * page elsewhere. Nothing internal (exception names, stack traces, SQL) reaches the viewer.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorAdvice {

	private static final Logger LOG = LoggerFactory.getLogger(ErrorAdvice.class);

	private final MessageSource messages;
	private final LayoutAdvice layout;

	ErrorAdvice(MessageSource messages, LayoutAdvice layout) {
		this.messages = messages;
		this.layout = layout;
	}

	@ExceptionHandler(DeskException.class)
	Object desk(DeskException failure, HttpServletRequest request, Locale locale) {
		HttpStatus status = failure instanceof DeskException.NotFound ? HttpStatus.NOT_FOUND
				: failure instanceof DeskException.Stale ? HttpStatus.PRECONDITION_FAILED
						: failure instanceof DeskException.Conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
		return answer(request, status, failure.code(), failure.arguments(), locale, failure.properties());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object mismatch(MethodArgumentTypeMismatchException failure, HttpServletRequest request, Locale locale) {
		if (failure.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return answer(request, HttpStatus.NOT_FOUND, "error.notFound", new Object[0], locale);
		}
		return answer(request, HttpStatus.BAD_REQUEST, "error.badParameter", new Object[] { failure.getName() }, locale);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	Object missing(MissingServletRequestParameterException failure, HttpServletRequest request, Locale locale) {
		return answer(request, HttpStatus.BAD_REQUEST, "error.missingParameter",
				new Object[] { failure.getParameterName() }, locale);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadable(HttpMessageNotReadableException failure, HttpServletRequest request, Locale locale) {
		if (failure.getMostSpecificCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
			String field = json.getPath()
				.stream()
				.map(step -> step.getPropertyName() != null ? step.getPropertyName() : "[" + step.getIndex() + "]")
				.collect(Collectors.joining("."));
			return answer(request, HttpStatus.BAD_REQUEST, "error.unreadableField", new Object[] { field }, locale);
		}
		return answer(request, HttpStatus.BAD_REQUEST, "error.unreadableJson", new Object[0], locale);
	}

	/**
	 * A form whose values cannot be bound (a date that does not parse, a choice that is not offered, a number
	 * that is not one). The page it came from gets it back, with the field marked, the message and what was
	 * typed; without a page to go back to, an error page says what is wrong. The API names the field.
	 */
	@ExceptionHandler(BindException.class)
	Object unbound(BindException failure, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		FieldError field = failure.getFieldError();
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return answer(request, HttpStatus.BAD_REQUEST, "error.badParameter",
					new Object[] { field == null ? failure.getObjectName() : field.getField() }, locale);
		}
		String code = field == null ? "typeMismatch" : messageCode(field, locale);
		String back = backTo(request);
		if (back == null || "GET".equals(request.getMethod())) {
			return answer(request, HttpStatus.BAD_REQUEST, code, new Object[0], locale);
		}
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("problem", code);
		flash.put("problemArguments", new Object[0]);
		flash.putAll(Refusals.keep(request));
		if (field != null) {
			flash.put("problemField", field.getField());
		}
		RequestContextUtils.saveOutputFlashMap(back, request, response);
		return new ModelAndView("redirect:" + back);
	}

	/** The most specific message the bundle has for the field's error ({@code typeMismatch.java.time.LocalDate} …). */
	private String messageCode(FieldError field, Locale locale) {
		if (field.getCodes() != null) {
			for (String candidate : field.getCodes()) {
				if (messages.getMessage(candidate, null, null, locale) != null) {
					return candidate;
				}
			}
		}
		return "typeMismatch";
	}

	/** The page of this site that sent the form (its path and query), or null. */
	private static String backTo(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return null;
		}
		try {
			URI from = URI.create(referer);
			boolean here = from.getHost() == null || (from.getHost().equalsIgnoreCase(request.getServerName())
					&& (from.getPort() == -1 || from.getPort() == request.getServerPort()));
			String path = from.getRawPath();
			if (!here || path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
				return null;
			}
			return from.getRawQuery() == null ? path : path + "?" + from.getRawQuery();
		}
		catch (IllegalArgumentException unreadable) {
			return null;
		}
	}

	/**
	 * A form field that names no property the form can hold: a row index out of range, negative or no number
	 * ({@code forms[100000].text}, {@code forms[abc].text}). Sent by hand, never by the page; it names the field.
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	Object invalidProperty(InvalidPropertyException failure, HttpServletRequest request, Locale locale) {
		return answer(request, HttpStatus.BAD_REQUEST, "error.badParameter",
				new Object[] { shortened(failure.getPropertyName()) }, locale);
	}

	private static String shortened(String name) {
		return name == null ? "" : name.length() > 80 ? name.substring(0, 80) + "…" : name;
	}

	/** A header or path that the firewall refuses when it is read (a control character in a header value). */
	@ExceptionHandler(RequestRejectedException.class)
	Object rejected(RequestRejectedException failure, HttpServletRequest request, Locale locale) {
		return answer(request, HttpStatus.BAD_REQUEST, "error.generic", new Object[0], locale);
	}

	/**
	 * A value the database refuses as data (SQL state class 22: longer than its column, a character it cannot
	 * keep such as NUL on PostgreSQL). Each field is checked before it gets there; this is the net under those
	 * checks, so that a value that slips through is the user's to fix, not a server error.
	 */
	@ExceptionHandler(DataAccessException.class)
	Object data(DataAccessException failure, HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws Exception {
		if (failure instanceof DuplicateKeyException duplicate) {
			return duplicate(duplicate, request, locale);
		}
		if (failure instanceof OptimisticLockingFailureException concurrent) {
			return concurrent(concurrent, request, locale);
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
				LOG.warn("Request {} {}: a value refused by the database ({})", request.getMethod(), request.getRequestURI(),
						sql.getSQLState());
				return answer(request, HttpStatus.BAD_REQUEST, "error.valueNotKept", new Object[0], locale);
			}
		}
		return other(failure, request, response, locale);
	}

	@ExceptionHandler(DuplicateKeyException.class)
	Object duplicate(DuplicateKeyException failure, HttpServletRequest request, Locale locale) {
		return answer(request, HttpStatus.CONFLICT, "error.duplicate", new Object[0], locale);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	Object concurrent(OptimisticLockingFailureException failure, HttpServletRequest request, Locale locale) {
		return answer(request, HttpStatus.CONFLICT, "error.concurrentChange", new Object[0], locale);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException failure, HttpServletRequest request, Locale locale) {
		return answer(request, HttpStatus.CONTENT_TOO_LARGE, "attachment.tooLarge", new Object[] { 20 }, locale);
	}

	@ExceptionHandler(MultipartException.class)
	Object multipart(MultipartException failure, HttpServletRequest request, Locale locale) {
		return answer(request, HttpStatus.BAD_REQUEST, "attachment.unreadable", new Object[0], locale);
	}

	/** Spring MVC's own refusals (no such page, wrong method, wrong media type, missing part). */
	@ExceptionHandler(Exception.class)
	Object other(Exception failure, HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws Exception {
		if (failure instanceof AccessDeniedException || failure instanceof AuthenticationException
				|| failure instanceof AsyncRequestNotUsableException) {
			throw failure; // for Spring Security to answer, or a client that went away
		}
		if (failure instanceof ErrorResponse refusal) {
			refusal.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			HttpStatus status = HttpStatus.valueOf(refusal.getStatusCode().value());
			String code = status == HttpStatus.NOT_FOUND ? "error.notFound" : "error.generic";
			return answer(request, status, code, new Object[0], locale);
		}
		LOG.error("Request {} {} failed", request.getMethod(), request.getRequestURI(), failure);
		return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "error.500", new Object[0], locale);
	}

	private Object answer(HttpServletRequest request, HttpStatus status, String code, Object[] arguments,
			Locale locale) {
		return answer(request, status, code, arguments, locale, Map.of());
	}

	private Object answer(HttpServletRequest request, HttpStatus status, String code, Object[] arguments,
			Locale locale, Map<String, Object> properties) {
		String detail = messages.getMessage(code, arguments, code, locale);
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setProperty("code", code);
			properties.forEach(problem::setProperty);
			return ResponseEntity.status(status).body(problem);
		}
		ModelAndView page = new ModelAndView("error/page", status);
		page.addObject("status", status.value());
		page.addObject("detail", detail);
		layout.addTo(page.getModelMap(), locale);
		return page;
	}
}
