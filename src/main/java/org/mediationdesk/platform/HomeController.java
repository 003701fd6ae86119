package org.mediationdesk.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mediationdesk.commitments.CommitmentView;
import org.mediationdesk.commitments.CommitmentViews;
import org.mediationdesk.formats.FormatConditions;
import org.mediationdesk.identity.LoginDelayedException;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.LoginSteps;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.PublicEntries;
import org.mediationdesk.shared.PublicEntry;
import org.mediationdesk.texts.TextReading;
import org.mediationdesk.texts.TextStatus;
import org.mediationdesk.texts.TextView;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The home page and the login page. The home page is the public record for everyone (what the talks are, the
 * next round, the latest communiqué), and, for the co-chairs and secretariat, what needs their attention; for a
 * participant, their group's open items. Each list comes from the facade of the module it belongs to, as the
 * viewer may see it: this controller only puts them side by side.
 */
@Controller
class HomeController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

	/** The cookie that remembers when a co-chair last looked at the home page, for "since your last visit". */
	static final String LAST_VISIT = "mediationdesk-home-visit";

	/** The kind of public entry a communiqué is ({@link PublicEntry#kind()}). */
	static final String COMMUNIQUE = "communique";

	private final RoundRecord rounds;
	private final TextReading texts;
	private final FormatConditions conditions;
	private final List<PublicEntries> published;
	private final CommitmentViews commitments;
	private final Clock clock;

	HomeController(RoundRecord rounds, TextReading texts, FormatConditions conditions,
			List<PublicEntries> published, CommitmentViews commitments, Clock clock) {
		this.rounds = rounds;
		this.commitments = commitments;
		this.texts = texts;
		this.conditions = conditions;
		this.published = published;
		this.clock = clock;
	}

	/** A communiqué as the home page shows it: its title in the reader's language, or the English one. */
	record LatestCommunique(String title, LanguageCode titleLanguage, boolean fallback, Instant published,
			String path) {
	}

	/** A text awaiting stances: {@code open} provisions not yet settled. */
	record AwaitedText(TextView text, String title, int open) {
	}

	@GetMapping("/")
	String home(@CookieValue(name = LAST_VISIT, required = false) String lastVisit, Locale locale, Model model,
			HttpServletResponse response) {
		Viewer viewer = Viewers.current();
		LanguageCode language = LanguageCode.parse(locale.getLanguage()).orElse(LanguageCode.EN);
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("process", rounds.process().orElse(null));
		model.addAttribute("nextRound", rounds.nextRound(viewer).orElse(null));
		model.addAttribute("latestRound", rounds.latestNumber().orElse(null));
		model.addAttribute("communique", latestCommunique(language).orElse(null));
		if (viewer.isMediator()) {
			model.addAttribute("awaited", texts.list(viewer)
				.stream()
				.filter(HomeController::awaitsStances)
				.map(text -> new AwaitedText(text, title(text, language), text.openProvisions()))
				.toList());
			model.addAttribute("meetingsToday", rounds.meetingsOn(viewer, today));
			Instant since = parse(lastVisit);
			model.addAttribute("lastVisit", since);
			model.addAttribute("newConditions", conditions.statedSince(viewer, since));
			List<CommitmentView> open = commitments.open(viewer, language);
			model.addAttribute("openCommitments", open);
			model.addAttribute("pendingConfirmations", open.stream().filter(CommitmentView::pendingConfirmation).count());
			Cookie visit = new Cookie(LAST_VISIT, String.valueOf(clock.instant().getEpochSecond()));
			visit.setPath("/");
			visit.setHttpOnly(true);
			visit.setMaxAge(60 * 60 * 24 * 365);
			response.addCookie(visit);
		}
		else if (viewer.isParticipant()) {
			model.addAttribute("awaited", texts.awaitingStanceOf(viewer)
				.stream()
				.map(text -> new AwaitedText(text, title(text, language), text.openProvisions()))
				.toList());
			model.addAttribute("nextMeeting", rounds.nextMeetingOfGroup(viewer, today).orElse(null));
			model.addAttribute("groupCommitments", commitments.concerning(viewer, language));
		}
		return "home";
	}

	/** A text on which stances are being taken: circulated or frozen, with provisions still open. */
	private static boolean awaitsStances(TextView text) {
		return (text.status() == TextStatus.CIRCULATED || text.status() == TextStatus.FROZEN)
				&& text.openProvisions() > 0;
	}

	private static String title(TextView text, LanguageCode language) {
		return language == LanguageCode.RU && text.titleRu() != null && !text.titleRu().isBlank() ? text.titleRu()
				: text.title();
	}

	/** The newest published communiqué of every module that publishes entries, in the reader's language. */
	private Optional<LatestCommunique> latestCommunique(LanguageCode language) {
		return published.stream()
			.flatMap(entries -> entries.publicEntries().stream())
			.filter(entry -> COMMUNIQUE.equals(entry.kind()) && entry.published() != null)
			.max(Comparator.comparing(PublicEntry::published))
			.map(entry -> {
				String own = entry.titles().get(language);
				String english = entry.titles().get(LanguageCode.EN);
				if (own != null) {
					return new LatestCommunique(own, language, false, entry.published(), entry.path());
				}
				String any = english != null ? english
						: entry.titles().values().stream().findFirst().orElse(null);
				return new LatestCommunique(any, LanguageCode.EN, true, entry.published(), entry.path());
			});
	}

	private static Instant parse(String seconds) {
		if (seconds == null) {
			return null;
		}
		try {
			return Instant.ofEpochSecond(Long.parseLong(seconds.strip()));
		}
		catch (RuntimeException notAMoment) {
			return null;
		}
	}

	/** The login form; after a refused try, with until when this address must wait, if it must. */
	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		if (request.getParameterMap().containsKey("error") && session != null
				&& session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LoginDelayedException delayed) {
			model.addAttribute("retryAt", TIME.format(delayed.retryAt()));
		}
		if (request.getParameterMap().containsKey("error") && session != null
				&& session.getAttribute(LoginSteps.TYPED_USERNAME) instanceof String typed) {
			model.addAttribute("typedUsername", typed);
		}
		model.addAttribute("loginRefused", request.getParameterMap().containsKey("error") && !model.containsAttribute("retryAt"));
		return "login";
	}
}
