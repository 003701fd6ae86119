package org.mediationdesk.feeds;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.process.MeetingView;
import org.mediationdesk.process.RoundPage;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.process.RoundStatus;
import org.mediationdesk.process.RoundSummary;
import org.mediationdesk.process.RoundView;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.PublicAddress;
import org.mediationdesk.shared.PublicEntries;
import org.mediationdesk.shared.PublicEntry;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import java.time.Duration;
import java.util.Locale;

/**
 * The Atom feed and the calendar, each built for one viewer: the public (anonymous) or the holder of a personal
 * feed address. What goes in comes from the modules' public entries and from the process's facade as the viewer may
 * read it, never from their tables.
 */
@Service
public class Feeds {

	/** The newest entries an Atom feed carries. */
	static final int ATOM_ENTRIES = 100;

	private final List<PublicEntries> sources;
	private final RoundRecord rounds;
	private final ParticipantDirectory directory;
	private final PublicAddress address;
	private final MessageSource messages;
	private final WrittenFeeds written;
	private final TransactionTemplate reading;

	Feeds(List<PublicEntries> sources, RoundRecord rounds, ParticipantDirectory directory, PublicAddress address,
			MessageSource messages, WrittenFeeds written, PlatformTransactionManager transactions) {
		this.written = written;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.sources = sources;
		this.rounds = rounds;
		this.directory = directory;
		this.address = address;
		this.messages = messages;
	}

	/** Every public entry of every module, newest change first. */
	public List<PublicEntry> entries() {
		return sources.stream()
			.flatMap(source -> source.publicEntries().stream())
			.sorted(Comparator.comparing(PublicEntry::updated).reversed().thenComparing(PublicEntry::id))
			.toList();
	}

	/**
	 * The Atom feed for a viewer in a language. Its entries are what the modules publish for anyone; an entry without
	 * a version in the language is given in English and says so.
	 *
	 * @param self the feed's own path (the public one or a personal one), for its {@code self} link
	 */
	public String atom(Viewer viewer, LanguageCode language, String self) {
		return atomWritten(viewer, language, self).body();
	}

	/** The Atom feed as {@link #atom}, with its validator; written again only after a change. */
	WrittenFeeds.Written atomWritten(Viewer viewer, LanguageCode language, String self) {
		return written.get(new WrittenFeeds.Key("atom", viewer, language, self), () -> reading.execute(status -> writeAtom(viewer, language, self)));
	}

	private String writeAtom(Viewer viewer, LanguageCode language, String self) {
		List<PublicEntry> entries = entries().stream().limit(ATOM_ENTRIES).toList();
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setEncoding("UTF-8");
		feed.setLanguage(language.name().toLowerCase(Locale.ROOT));
		feed.setUri("urn:mediationdesk:feed:communiques");
		feed.setTitle(processName(language) + " — " + message("feeds.atomTitle", language));
		feed.setDescription(message("feeds.atomSubtitle", language));
		feed.setLink(address.of("/"));
		feed.setLinks(List.of(link("self", address.of(self), "application/atom+xml"),
				link("alternate", address.of("/rounds"), "text/html")));
		SyndPerson author = new SyndPersonImpl();
		author.setName(message("feeds.author", language));
		feed.setAuthors(List.of(author));
		feed.setPublishedDate(Date.from(entries.isEmpty() ? Instant.EPOCH : entries.get(0).updated()));
		List<SyndEntry> items = new ArrayList<>();
		for (PublicEntry entry : entries) {
			SyndEntry item = new SyndEntryImpl();
			item.setUri("urn:mediationdesk:entry:" + entry.id());
			item.setTitle(legible(inLanguage(entry.titles(), language)));
			item.setLink(address.of(entry.path()));
			item.setAuthor(author.getName());
			item.setPublishedDate(Date.from(entry.published()));
			item.setUpdatedDate(Date.from(entry.updated()));
			String text = inLanguage(entry.texts(), language);
			if (text != null) {
				SyndContent summary = new SyndContentImpl();
				summary.setType("text");
				summary.setValue(legible(text));
				item.setDescription(summary);
			}
			items.add(item);
		}
		feed.setEntries(items);
		try {
			return new SyndFeedOutput().outputString(feed, true);
		}
		catch (FeedException e) {
			throw new IllegalStateException("The Atom feed could not be written: " + e.getMessage(), e);
		}
	}

	private String inLanguage(Map<LanguageCode, String> versions, LanguageCode language) {
		if (versions.containsKey(language)) {
			return versions.get(language);
		}
		String english = versions.get(LanguageCode.EN);
		return english == null ? null : message("feeds.inEnglish", language) + " " + english;
	}

	/**
	 * A text as XML and calendars can carry it: a character that XML 1.0 does not allow (a control character, half of
	 * a surrogate pair) is shown as the replacement character, so that one bad value never breaks a whole feed.
	 */
	static String legible(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder clean = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				clean.append(c).append(text.charAt(++i));
			}
			else if (Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE
					|| c == 0xFFFF) {
				clean.append('\uFFFD');
			}
			else {
				clean.append(c);
			}
		}
		return clean.toString();
	}

	private static SyndLink link(String rel, String href, String type) {
		SyndLink link = new SyndLinkImpl();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

	/**
	 * The calendar of the rounds and their meetings for a viewer, in a language: each round as the viewer may read it
	 * (the co-chairs' internal note for the co-chairs and secretariat only), each meeting likewise (who was invited,
	 * only for them). A round without dates, or a meeting without a day, is not in it.
	 */
	public String calendar(Viewer viewer, LanguageCode language) {
		return calendarWritten(viewer, language).body();
	}

	/** The calendar as {@link #calendar}, with its validator; written again only after a change. */
	WrittenFeeds.Written calendarWritten(Viewer viewer, LanguageCode language) {
		return written.get(new WrittenFeeds.Key("calendar", viewer, language, null), () -> reading.execute(status -> writeCalendar(viewer, language)));
	}

	private String writeCalendar(Viewer viewer, LanguageCode language) {
		Calendar calendar = new Calendar().withProdId("-//Mediation Desk//Rounds//" + language.name())
			.withDefaults()
			.getFluentTarget();
		Map<String, String> groups = directory.allGroups()
			.stream()
			.collect(Collectors.toMap(GroupView::code, group -> group.label(language)));
		String process = processName(language);
		for (int number : roundNumbers()) {
			RoundView round = rounds.round(viewer, number);
			if (round.startDate() != null) {
				calendar.add(roundEvent(round, process, language));
			}
			for (MeetingView meeting : rounds.meetings(viewer, number)) {
				if (meeting.heldOn() != null) {
					calendar.add(meetingEvent(meeting, round, groups, language));
				}
			}
		}
		StringWriter written = new StringWriter();
		try {
			new CalendarOutputter(true).output(calendar, written);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return written.toString();
	}

	/**
	 * A round with dates as an all-day event over its days: marked and cancelled when it is postponed, suspended or
	 * collapsed, tentative while it awaits confirmation.
	 */
	private VEvent roundEvent(RoundView round, String process, LanguageCode language) {
		LocalDate end = round.endDate() == null ? round.startDate() : round.endDate();
		String status = message(statusLabel(round.status()), language);
		String title = message("feeds.roundEvent", language, process, round.number());
		boolean off = round.status() == RoundStatus.POSTPONED || round.status() == RoundStatus.SUSPENDED
				|| round.status() == RoundStatus.COLLAPSED;
		if (off) {
			title = message("feeds.marked", language, status, title);
		}
		VEvent event = new VEvent(round.startDate(), end.plusDays(1), legible(title));
		event.add(new Uid("round-" + round.number() + "@mediationdesk"));
		if (round.venue() != null) {
			event.add(new Location(legible(round.venue())));
		}
		event.add(new Description(legible(String.join("\n", roundLines(round, status, language)))));
		event.add(new Status(off ? Status.VALUE_CANCELLED
				: round.pendingConfirmation() ? Status.VALUE_TENTATIVE : Status.VALUE_CONFIRMED));
		return event;
	}

	/** What a round's event says: its status, why, its public summary (in English), the co-chairs' note, its page. */
	private List<String> roundLines(RoundView round, String status, LanguageCode language) {
		List<String> lines = new ArrayList<>();
		lines.add(message("feeds.statusLine", language, status));
		if (round.pendingConfirmation()) {
			lines.add(message("feeds.pendingLine", language));
		}
		if (round.statusReason() != null) {
			lines.add(round.statusReason());
		}
		if (language == LanguageCode.EN && round.publicSummary() != null) {
			lines.add(round.publicSummary());
		}
		if (round.internalNote() != null) {
			lines.add(message("feeds.internalNote", language, round.internalNote()));
		}
		lines.add(address.of("/rounds/" + round.number()));
		return lines;
	}

	/**
	 * A meeting with a day: all day, or an hour from its start time; at its place or else the round's venue; with its
	 * co-moderators and the groups invited (as far as the viewer may read them).
	 */
	private VEvent meetingEvent(MeetingView meeting, RoundView round, Map<String, String> groups,
			LanguageCode language) {
		String kind = message("meetingKind." + meeting.kind().name(), language);
		String title = message("feeds.meetingEvent", language, round.number(), kind);
		if (meeting.topic() != null) {
			title = title + ": " + meeting.topic();
		}
		VEvent event = meeting.startsAt() == null
				? new VEvent(meeting.heldOn(), meeting.heldOn().plusDays(1), legible(title))
				: new VEvent(LocalDateTime.of(meeting.heldOn(), meeting.startsAt()), Duration.ofHours(1),
						legible(title));
		event.add(new Uid("meeting-" + meeting.id() + "@mediationdesk"));
		String place = meeting.place() != null ? meeting.place() : round.venue();
		if (place != null) {
			event.add(new Location(legible(place)));
		}
		List<String> lines = new ArrayList<>();
		if (meeting.coModerators() != null) {
			lines.add(message("feeds.coModerators", language, meeting.coModerators()));
		}
		if (!meeting.invitedGroups().isEmpty()) {
			lines.add(message("feeds.invited", language, meeting.invitedGroups()
				.stream()
				.map(code -> groups.getOrDefault(code, code))
				.collect(Collectors.joining(", "))));
		}
		lines.add(address.of("/rounds/" + round.number()));
		event.add(new Description(legible(String.join("\n", lines))));
		return event;
	}

	private List<Integer> roundNumbers() {
		List<Integer> numbers = new ArrayList<>();
		RoundPage page = rounds.timeline(0);
		while (true) {
			page.items().stream().map(RoundSummary::number).forEach(numbers::add);
			if (!page.hasNext()) {
				break;
			}
			page = rounds.timeline(page.page() + 1);
		}
		numbers.sort(Comparator.naturalOrder());
		return numbers;
	}

	private String processName(LanguageCode language) {
		return rounds.process()
			.map(process -> language == LanguageCode.RU && process.nameRu() != null ? process.nameRu() : process.name())
			.orElseGet(() -> message("app.name", language));
	}

	private static String statusLabel(RoundStatus status) {
		return switch (status) {
			case SCHEDULED -> "feeds.scheduled";
			case HELD -> "feeds.held";
			case POSTPONED -> "feeds.postponed";
			case SUSPENDED -> "feeds.suspended";
			case COLLAPSED -> "feeds.collapsed";
		};
	}

	private String message(String code, LanguageCode language, Object... arguments) {
		return messages.getMessage(code, arguments, language.locale());
	}
}
