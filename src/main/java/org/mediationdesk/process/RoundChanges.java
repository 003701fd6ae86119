package org.mediationdesk.process;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.PublicEntries;
import org.mediationdesk.shared.PublicEntry;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import java.sql.Date;
import java.time.OffsetDateTime;

/**
 * The rounds as the public feeds and the search show them: one entry per round (its dates, venue, status and
 * public summary) and one per change recorded since (convened, postponed, its status recorded), each with when it
 * was recorded. The changes are kept from the process's own public events, in the transaction of the change; they
 * say nothing that the round's public page does not say.
 */
@Component
class RoundChanges implements PublicEntries {

	/** The kind of entry of a round and of a change to it. */
	static final String ROUND = "round";
	static final String CHANGE = "round-change";

	private final JdbcClient jdbc;
	private final MessageSource messages;
	private final Clock clock;

	RoundChanges(JdbcClient jdbc, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	@EventListener
	void on(RoundConvened convened) {
		log("CONVENED", convened.number(), RoundStatus.SCHEDULED, convened.startDate(), convened.endDate(),
				convened.pendingConfirmation(), null);
	}

	@EventListener
	void on(RoundPostponed postponed) {
		log("POSTPONED", postponed.number(), postponed.status(), postponed.newStart(), postponed.newEnd(), false,
				postponed.reason());
	}

	@EventListener
	void on(RoundStatusChanged changed) {
		Map<String, Object> dates = jdbc.sql("SELECT start_date, end_date FROM round WHERE number = :number")
			.param("number", changed.number())
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(Map.of());
		log(changed.change().name(), changed.number(), changed.status(), date(dates.get("start_date")),
				date(dates.get("end_date")), changed.pendingConfirmation(), changed.reason());
	}

	private void log(String kind, int number, RoundStatus status, LocalDate start, LocalDate end, boolean pending,
			String reason) {
		jdbc.sql("INSERT INTO round_change (id, round_number, change_kind, happened_at, status, start_date, end_date,"
				+ " pending_confirmation, reason) VALUES (:id, :number, :kind, :at, :status, :start, :end, :pending, :reason)")
			.param("id", UUID.randomUUID())
			.param("number", number)
			.param("kind", kind)
			.param("at", clock.instant().atOffset(ZoneOffset.UTC))
			.param("status", status.name())
			.param("start", start)
			.param("end", end)
			.param("pending", pending)
			.param("reason", reason)
			.update();
	}

	private static LocalDate date(Object value) {
		if (value instanceof Date date) {
			return date.toLocalDate();
		}
		return value instanceof LocalDate date ? date : null;
	}

	private record Line(int number, LocalDate start, LocalDate end, RoundStatus status, String venue, String summary,
			String reason, boolean pending) {
	}

	private record Change(UUID id, int number, String kind, Instant at, RoundStatus status, LocalDate start,
			LocalDate end, boolean pending, String reason) {
	}

	@Override
	@Transactional(readOnly = true)
	public List<PublicEntry> publicEntries() {
		List<Change> changes = changes();
		Map<Integer, Instant> firstChange = new HashMap<>();
		Map<Integer, Instant> lastChange = new HashMap<>();
		changes.forEach(change -> {
			firstChange.merge(change.number(), change.at(), (a, b) -> a.isBefore(b) ? a : b);
			lastChange.merge(change.number(), change.at(), (a, b) -> a.isAfter(b) ? a : b);
		});
		List<PublicEntry> entries = new ArrayList<>();
		List<Line> rounds = rounds();
		for (Line round : rounds) {
			PublicEntry entry = roundEntry(round, firstChange.get(round.number()), lastChange.get(round.number()));
			if (entry != null) {
				entries.add(entry);
			}
		}
		Map<Integer, String> venues = new HashMap<>();
		rounds.forEach(round -> venues.put(round.number(), round.venue()));
		for (Change change : changes) {
			entries.add(changeEntry(change, venues.get(change.number())));
		}
		return entries;
	}

	/** Every change recorded, oldest first. */
	private List<Change> changes() {
		return jdbc.sql("SELECT id, round_number, change_kind, happened_at, status, start_date, end_date,"
				+ " pending_confirmation, reason FROM round_change ORDER BY happened_at")
			.query((row, index) -> new Change(row.getObject("id", UUID.class), row.getInt("round_number"),
					row.getString("change_kind"), row.getObject("happened_at", OffsetDateTime.class).toInstant(),
					RoundStatus.valueOf(row.getString("status")), row.getObject("start_date", LocalDate.class),
					row.getObject("end_date", LocalDate.class), row.getBoolean("pending_confirmation"),
					row.getString("reason")))
			.list();
	}

	/** Every round as it stands, by number. */
	private List<Line> rounds() {
		return jdbc.sql("SELECT number, start_date, end_date, status, venue, public_summary, status_reason,"
				+ " pending_confirmation FROM round ORDER BY number")
			.query((row, index) -> new Line(row.getInt("number"), row.getObject("start_date", LocalDate.class),
					row.getObject("end_date", LocalDate.class), RoundStatus.valueOf(row.getString("status")),
					row.getString("venue"), row.getString("public_summary"), row.getString("status_reason"),
					row.getBoolean("pending_confirmation")))
			.list();
	}

	/**
	 * A round's own entry, updated by its latest change; {@code null} for a round neither recorded here nor dated.
	 *
	 * @param first when its first change was recorded here, if any
	 * @param changed when its latest change was recorded here, if any
	 */
	private PublicEntry roundEntry(Line round, Instant first, Instant changed) {
		// published when it was first recorded here (convened), or for a round of the imported record, on its first day
		Instant start = round.start() == null ? null : round.start().atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant published = first == null ? start : start == null || first.isBefore(start) ? first : start;
		if (published == null) {
			return null;
		}
		Instant updated = changed != null && changed.isAfter(published) ? changed : published;
		Map<LanguageCode, String> titles = new EnumMap<>(LanguageCode.class);
		Map<LanguageCode, String> texts = new EnumMap<>(LanguageCode.class);
		for (LanguageCode language : LanguageCode.values()) {
			titles.put(language, message("roundChange.roundTitle", language, round.number()));
			String line = describe(language, round.status(), round.start(), round.end(), round.pending(), round.venue(),
					round.reason());
			// the summary is written in English; a reader of another language gets the line of facts only
			texts.put(language, language == LanguageCode.EN && round.summary() != null
					? line + "\n" + round.summary() : line);
		}
		return new PublicEntry("round-" + round.number(), ROUND, published, updated, "/rounds/" + round.number(),
				titles, texts);
	}

	/** A change's own entry, at the round's venue as it stands now. */
	private PublicEntry changeEntry(Change change, String venue) {
		Map<LanguageCode, String> titles = new EnumMap<>(LanguageCode.class);
		Map<LanguageCode, String> texts = new EnumMap<>(LanguageCode.class);
		for (LanguageCode language : LanguageCode.values()) {
			titles.put(language, message(titleOf(change.kind()), language, change.number()));
			texts.put(language, describe(language, change.status(), change.start(), change.end(), change.pending(),
					venue, change.reason()));
		}
		return new PublicEntry("round-" + change.number() + "-change-" + change.id(), CHANGE, change.at(),
				change.at(), "/rounds/" + change.number(), titles, texts);
	}

	/** One line of facts about a round: its dates, venue and status, and the public reason, if any. */
	private String describe(LanguageCode language, RoundStatus status, LocalDate start, LocalDate end, boolean pending,
			String venue, String reason) {
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
		List<String> parts = new ArrayList<>();
		if (start == null) {
			parts.add(message("roundChange.noDates", language));
		}
		else if (end == null || end.equals(start)) {
			parts.add(message("roundChange.onDay", language, format.format(start)));
		}
		else {
			parts.add(message("roundChange.fromTo", language, format.format(start), format.format(end)));
		}
		if (venue != null) {
			parts.add(message("roundChange.venue", language, venue));
		}
		parts.add(message("roundChange.status", language, message(labelOf(status), language)));
		if (pending) {
			parts.add(message("roundChange.pending", language));
		}
		if (reason != null && !reason.isBlank()) {
			parts.add(message("roundChange.reason", language, reason.strip()));
		}
		// each part a sentence: a date that ends with an abbreviation ("г.") takes no second full stop
		StringBuilder line = new StringBuilder();
		for (String part : parts) {
			if (!line.isEmpty()) {
				line.append(' ');
			}
			line.append(part);
			if (!part.endsWith(".") && !part.endsWith("!") && !part.endsWith("?")) {
				line.append('.');
			}
		}
		return line.toString();
	}

	private static String titleOf(String kind) {
		return switch (kind) {
			case "CONVENED" -> "roundChange.convened";
			case "POSTPONED" -> "roundChange.postponed";
			case "MARK_HELD" -> "roundChange.held";
			case "SUSPEND" -> "roundChange.suspended";
			case "RECORD_COLLAPSE" -> "roundChange.collapsed";
			case "AWAIT_CONFIRMATION" -> "roundChange.awaitingConfirmation";
			default -> "roundChange.confirmed";
		};
	}

	private static String labelOf(RoundStatus status) {
		return switch (status) {
			case SCHEDULED -> "roundChange.scheduled";
			case HELD -> "roundChange.wasHeld";
			case POSTPONED -> "roundChange.wasPostponed";
			case SUSPENDED -> "roundChange.wasSuspended";
			case COLLAPSED -> "roundChange.wasCollapsed";
		};
	}

	private String message(String code, LanguageCode language, Object... arguments) {
		return messages.getMessage(code, arguments, language.locale());
	}
}
