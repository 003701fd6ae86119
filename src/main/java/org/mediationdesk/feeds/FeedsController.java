package org.mediationdesk.feeds;

import java.util.List;
import java.util.Locale;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;

/**
 * The public feeds, and the same feeds at a personal address. A personal address stands for its holder for this
 * request only: the viewer it resolves to is handed to the facade and never becomes a login.
 */
@Controller
class FeedsController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final Feeds feeds;
	private final FeedAddresses addresses;

	FeedsController(Feeds feeds, FeedAddresses addresses) {
		this.feeds = feeds;
		this.addresses = addresses;
	}

	/** The path of a personal feed ({@code rounds.ics} or {@code communiques.atom}) for a secret. */
	static String personal(String secret, String feed) {
		return "/feeds/personal/" + secret + "/" + feed;
	}

	@GetMapping("/feeds/communiques.atom")
	ResponseEntity<String> atom(@RequestParam(required = false) String lang, HttpServletRequest request,
			WebRequest validators) {
		WrittenFeeds.Written written = feeds.atomWritten(Viewer.anonymous(), language(lang, request), "/feeds/communiques.atom");
		if (validators.checkNotModified(written.etag())) {
			return null;
		}
		return ResponseEntity.ok()
			.contentType(ATOM)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
			.varyBy(HttpHeaders.ACCEPT_LANGUAGE)
			.eTag(written.etag())
			.body(written.body());
	}

	@GetMapping("/calendar/rounds.ics")
	ResponseEntity<String> calendar(@RequestParam(required = false) String lang, HttpServletRequest request,
			WebRequest validators) {
		WrittenFeeds.Written written = feeds.calendarWritten(Viewer.anonymous(), language(lang, request));
		if (validators.checkNotModified(written.etag())) {
			return null;
		}
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
			.varyBy(HttpHeaders.ACCEPT_LANGUAGE)
			.eTag(written.etag())
			.body(written.body());
	}

	@GetMapping("/feeds/personal/{secret}/communiques.atom")
	ResponseEntity<String> personalAtom(@PathVariable String secret, @RequestParam(required = false) String lang,
			HttpServletRequest request, WebRequest validators) {
		Viewer viewer = addresses.resolve(secret).orElseThrow(DeskException.NotFound::new);
		WrittenFeeds.Written written = feeds.atomWritten(viewer, language(lang, request), personal(secret, "communiques.atom"));
		if (validators.checkNotModified(written.etag())) {
			return null;
		}
		return ResponseEntity.ok()
			.contentType(ATOM)
			.cacheControl(CacheControl.noStore().cachePrivate())
			.varyBy(HttpHeaders.ACCEPT_LANGUAGE)
			.eTag(written.etag())
			.body(written.body());
	}

	@GetMapping("/feeds/personal/{secret}/rounds.ics")
	ResponseEntity<String> personalCalendar(@PathVariable String secret, @RequestParam(required = false) String lang,
			HttpServletRequest request, WebRequest validators) {
		Viewer viewer = addresses.resolve(secret).orElseThrow(DeskException.NotFound::new);
		WrittenFeeds.Written written = feeds.calendarWritten(viewer, language(lang, request));
		if (validators.checkNotModified(written.etag())) {
			return null;
		}
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.noStore().cachePrivate())
			.varyBy(HttpHeaders.ACCEPT_LANGUAGE)
			.eTag(written.etag())
			.body(written.body());
	}

	/**
	 * The language of a feed: {@code ?lang=} if it names one, else the first of the request's
	 * {@code Accept-Language} that the feeds have, else English. Feed readers keep no cookie, so the page's language
	 * choice does not count here; a feed says that it varies with {@code Accept-Language} ({@code Vary}), so that a
	 * shared cache keeps one copy per language.
	 */
	static LanguageCode language(String lang, HttpServletRequest request) {
		Optional<LanguageCode> chosen = LanguageCode.parse(lang);
		if (chosen.isPresent()) {
			return chosen.get();
		}
		if (request.getHeader("Accept-Language") != null) {
			for (Locale locale : Collections.list(request.getLocales())) {
				Optional<LanguageCode> found = LanguageCode.parse(locale.getLanguage());
				if (found.isPresent()) {
					return found.get();
				}
			}
		}
		return LanguageCode.EN;
	}

	static List<String> paths() {
		return List.of("/feeds/communiques.atom", "/calendar/rounds.ics");
	}
}
