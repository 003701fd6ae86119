package org.mediationdesk.process;

import org.mediationdesk.shared.SingleLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.mediationdesk.shared.DeskException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import org.mediationdesk.shared.Localized;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A numbered round of a process. The number is given once and stays with the round whatever happens to
 * its dates; earlier planned dates are kept as postponements.
 */
class Round {

	@Id
	private UUID id;
	private UUID processId;
	private int number;
	private LocalDate startDate;
	private LocalDate endDate;
	private String dateNote;
	private RoundStatus status;
	private String venue;
	private String publicSummary;
	private String internalNote;
	private boolean pendingConfirmation;
	private String statusReason;
	private String sources;
	// the public texts' Russian and Georgian versions (the fields above are the English ones), and the agenda
	// the co-chairs announce for the round
	private String publicSummaryRu;
	private String publicSummaryKa;
	private String venueRu;
	private String venueKa;
	private String dateNoteRu;
	private String dateNoteKa;
	private String statusReasonRu;
	private String statusReasonKa;
	private String agenda;
	private String agendaRu;
	private String agendaKa;
	private Set<Postponement> postponements = new HashSet<>();
	private Set<AgendaOutcome> outcomes = new HashSet<>();
	private Set<RoundDecision> decisions = new HashSet<>();
	@Version
	private Long version;

	@PersistenceCreator
	Round() {
	}

	/** A round from the record of a process, as it is known. */
	static Round recorded(UUID processId, int number, LocalDate startDate, LocalDate endDate, String dateNote,
			RoundStatus status, String venue, String publicSummary, String internalNote,
			List<Postponement> postponements) {
		Round round = new Round();
		round.id = UUID.randomUUID();
		round.processId = processId;
		round.number = number;
		round.startDate = startDate;
		round.endDate = endDate;
		round.dateNote = dateNote;
		round.status = status;
		round.venue = venue;
		round.publicSummary = publicSummary;
		round.internalNote = internalNote;
		round.postponements.addAll(postponements);
		round.checkDates();
		return round;
	}

	/** A round as a process record file gives it. */
	static Round imported(UUID processId, ProcessFile.RoundEntry entry) {
		Round round = recorded(processId, entry.number(), entry.startDate(), entry.endDate(), entry.dateNote(),
				entry.status(), entry.venue(), entry.publicSummary(), entry.internalNote(),
				entry.postponements()
					.stream()
					.map(found -> new Postponement(found.plannedStart(), found.plannedEnd(), found.announced(),
							found.reason(), found.reasonRu(), found.reasonKa()))
					.toList());
		round.pendingConfirmation = entry.pendingConfirmation();
		round.statusReason = entry.statusReason();
		entry.outcomes().forEach(found -> round.outcomes.add(new AgendaOutcome(found.item(), found.outcome())));
		entry.decisions()
			.forEach(found -> round.decisions.add(new RoundDecision(found.text(), found.status(), found.decidedOn())));
		round.sources = entry.sources().isEmpty() ? null : String.join("\n", entry.sources());
		round.publicSummaryRu = entry.publicSummaryRu();
		round.publicSummaryKa = entry.publicSummaryKa();
		round.venueRu = entry.venueRu();
		round.venueKa = entry.venueKa();
		round.dateNoteRu = entry.dateNoteRu();
		round.dateNoteKa = entry.dateNoteKa();
		round.statusReasonRu = entry.statusReasonRu();
		round.statusReasonKa = entry.statusReasonKa();
		round.agenda = entry.agenda();
		round.agendaRu = entry.agendaRu();
		round.agendaKa = entry.agendaKa();
		return round;
	}

	/** The round as a process record file gives it, with its meetings. */
	ProcessFile.RoundEntry export(List<ProcessFile.MeetingEntry> meetings) {
		RoundView view = view(true);
		return new ProcessFile.RoundEntry(number, startDate, endDate, dateNote, status, venue, publicSummary,
				internalNote, pendingConfirmation, statusReason,
				view.postponements()
					.stream()
					.map(found -> new ProcessFile.PostponementEntry(found.plannedStart(), found.plannedEnd(),
							found.announced(), found.reason(), found.reasons().ru(), found.reasons().ka()))
					.toList(),
				view.outcomes().stream().map(found -> new ProcessFile.OutcomeEntry(found.itemCode(), found.outcome())).toList(),
				view.decisions()
					.stream()
					.map(found -> new ProcessFile.DecisionEntry(found.text(), found.status(), found.decidedOn()))
					.toList(),
				meetings, sourceList(), publicSummaryRu, publicSummaryKa, venueRu, venueKa, dateNoteRu, dateNoteKa,
				statusReasonRu, statusReasonKa, agenda, agendaRu, agendaKa);
	}

	/** The longest public summary, and the longest announced agenda, in each language (their columns' length). */
	static final int MAX_PUBLIC_TEXT = 2000;

	/**
	 * The co-chairs rewrite the round's public summary and its announced agenda, in each language: a version
	 * left empty is missing (the page then shows the English one and says so). Returns the languages whose
	 * versions changed.
	 */
	List<String> editPublicTexts(Localized newSummary,
			Localized newAgenda) {
		String[] summaries = { publicText(newSummary.en(), "en"), publicText(newSummary.ru(), "ru"),
				publicText(newSummary.ka(), "ka") };
		String[] agendas = { publicText(newAgenda.en(), "en"), publicText(newAgenda.ru(), "ru"),
				publicText(newAgenda.ka(), "ka") };
		if (summaries[0] == null && (summaries[1] != null || summaries[2] != null)
				|| agendas[0] == null && (agendas[1] != null || agendas[2] != null)) {
			// English is the master language: a translation without it would have nothing to fall back on
			throw new DeskException.Invalid("round.textsEnglishFirst");
		}
		List<String> changed = new ArrayList<>();
		if (!Objects.equals(publicSummary, summaries[0]) || !Objects.equals(agenda, agendas[0])) {
			changed.add("en");
		}
		if (!Objects.equals(publicSummaryRu, summaries[1]) || !Objects.equals(agendaRu, agendas[1])) {
			changed.add("ru");
		}
		if (!Objects.equals(publicSummaryKa, summaries[2]) || !Objects.equals(agendaKa, agendas[2])) {
			changed.add("ka");
		}
		publicSummary = summaries[0];
		publicSummaryRu = summaries[1];
		publicSummaryKa = summaries[2];
		agenda = agendas[0];
		agendaRu = agendas[1];
		agendaKa = agendas[2];
		return changed;
	}

	/** A public text as kept: direction controls and control characters out (line breaks stay), stripped. */
	private static String publicText(String text, String language) {
		if (text == null) {
			return null;
		}
		StringBuilder lines = new StringBuilder();
		for (String line : text.strip().split("\\R", -1)) {
			String clean = SingleLine.clean(line);
			lines.append(lines.isEmpty() ? "" : "\n").append(clean == null ? "" : clean.strip());
		}
		String kept = lines.toString().strip();
		if (kept.length() > MAX_PUBLIC_TEXT) {
			// the language reads in the viewer's language (language.EN …)
			throw new DeskException.Invalid("round.publicTextTooLong", MAX_PUBLIC_TEXT,
					new DefaultMessageSourceResolvable(
							new String[] { "language." + language.toUpperCase(Locale.ROOT) }, language));
		}
		return kept.isEmpty() ? null : kept;
	}

	private List<String> sourceList() {
		return sources == null || sources.isBlank() ? List.of() : List.of(sources.split("\n"));
	}

	/** Convenes a new round: scheduled for the given dates, possibly pending confirmation by all participants. */
	static Round convene(UUID processId, int number, LocalDate startDate, LocalDate endDate, String venue,
			boolean pendingConfirmation) {
		if (startDate == null) {
			throw new DeskException.Invalid("round.startRequired");
		}
		Round round = recorded(processId, number, startDate, endDate == null ? startDate : endDate, null,
				RoundStatus.SCHEDULED, venue, null, null, List.of());
		round.pendingConfirmation = pendingConfirmation;
		return round;
	}

	/**
	 * Postpones the round: the dates it had become an earlier planned date, with the reason. Without new dates
	 * the round stays postponed until they are agreed; its number does not change.
	 */
	void postpone(LocalDate newStart, LocalDate newEnd, String reason, LocalDate announced) {
		require(RoundAction.POSTPONE);
		if (reason == null || reason.isBlank()) {
			throw new DeskException.Invalid("round.reasonRequired");
		}
		if (startDate != null) {
			postponements.add(new Postponement(startDate, endDate, announced, reason.strip()));
		}
		startDate = newStart;
		endDate = newStart == null ? null : (newEnd == null ? newStart : newEnd);
		status = newStart == null ? RoundStatus.POSTPONED : RoundStatus.SCHEDULED;
		statusReason = reason.strip();
		clearReasonTranslations();
		checkDates();
	}

	/**
	 * Postpones the round as {@link #postpone(LocalDate, LocalDate, String, LocalDate)} and, if asked, moves its
	 * meetings with it: each by as many days as the round moved (from its first day before, or from the last one
	 * planned when it had no dates). A meeting that would then fall outside the new dates keeps its date, and so
	 * does every meeting when the round has no new dates or moving was not asked; a meeting without a day has
	 * nothing to move. The meetings moved are changed here; their keeping is the caller's.
	 */
	MeetingMoves postpone(LocalDate newStart, LocalDate newEnd, String reason, LocalDate announced,
			List<RoundMeeting> meetings, boolean moveMeetings) {
		meetings.stream().filter(meeting -> !meeting.roundId().equals(id)).findFirst().ifPresent(stranger -> {
			throw new IllegalArgumentException("Meeting " + stranger.id() + " is not of round " + number);
		});
		LocalDate previousStart = startDate;
		postpone(newStart, newEnd, reason, announced);
		LocalDate from = previousStart != null ? previousStart : lastPlannedStart();
		long days = from == null || startDate == null ? 0 : ChronoUnit.DAYS.between(from, startDate);
		List<MovedMeeting> moved = new ArrayList<>();
		List<RoundMeeting> kept = new ArrayList<>();
		for (RoundMeeting meeting : meetings) {
			LocalDate day = meeting.heldOn();
			if (day == null) {
				continue;
			}
			LocalDate target = day.plusDays(days);
			boolean fits = startDate != null && !target.isBefore(startDate) && !target.isAfter(endDate);
			if (!moveMeetings || !fits) {
				kept.add(meeting);
			}
			else if (days != 0) {
				meeting.moveBy(days);
				moved.add(new MovedMeeting(meeting, day));
			}
		}
		return new MeetingMoves(moved, kept);
	}

	/** What became of a postponed round's meetings: those moved with it, and those that kept their dates. */
	record MeetingMoves(List<MovedMeeting> moved, List<RoundMeeting> kept) {
	}

	/** A meeting moved with its round, and the day it had before. */
	record MovedMeeting(RoundMeeting meeting, LocalDate from) {
	}

	/**
	 * The round took place; whatever awaited confirmation no longer does. A round cannot have been held before
	 * its first day.
	 */
	void markHeld(LocalDate today) {
		require(RoundAction.MARK_HELD);
		if (startDate != null && today.isBefore(startDate)) {
			throw new DeskException.Conflict("round.heldBeforeStart", number, startDate);
		}
		status = RoundStatus.HELD;
		pendingConfirmation = false;
		statusReason = null;
		clearReasonTranslations();
	}

	void suspend(String reason) {
		require(RoundAction.SUSPEND);
		status = RoundStatus.SUSPENDED;
		statusReason = requireReason(reason);
		clearReasonTranslations();
	}

	void recordCollapse(String reason) {
		require(RoundAction.RECORD_COLLAPSE);
		status = RoundStatus.COLLAPSED;
		statusReason = requireReason(reason);
		clearReasonTranslations();
	}

	/** Records what became of an agenda item; a later record for the same item replaces the earlier one. */
	void recordOutcome(String itemCode, AgendaOutcomeKind outcome) {
		require(RoundAction.RECORD_OUTCOME);
		if (outcome == null) {
			throw new DeskException.Invalid("round.outcomeRequired");
		}
		outcomes.removeIf(found -> found.itemCode().equals(itemCode));
		outcomes.add(new AgendaOutcome(itemCode, outcome));
	}

	void recordDecision(String text, DecisionStatus status, LocalDate decidedOn) {
		String clean = text == null ? "" : SingleLine.clean(text).strip();
		if (clean.isEmpty() || clean.length() > 1000) {
			throw new DeskException.Invalid("round.decisionInvalid", 1000);
		}
		decisions.add(new RoundDecision(clean, status == null ? DecisionStatus.AGREED : status, decidedOn));
	}

	/** The dates of a round that is yet to meet now await confirmation by all participants. */
	void awaitConfirmation() {
		require(RoundAction.AWAIT_CONFIRMATION);
		pendingConfirmation = true;
	}

	/** All participants confirmed the dates of a round that awaited it. */
	void confirm() {
		require(RoundAction.CONFIRM);
		pendingConfirmation = false;
	}

	/**
	 * What the round's status allows the co-chairs to do with it now, in the order of {@link RoundAction}:
	 * each of these is accepted, every other is refused.
	 */
	List<RoundAction> availableActions() {
		return Arrays.stream(RoundAction.values()).filter(this::allows).toList();
	}

	/**
	 * What may be done with the round on the given day: as {@link #availableActions()}, without marking held a
	 * round whose first day is still ahead.
	 */
	List<RoundAction> availableActions(LocalDate today) {
		return availableActions().stream()
			.filter(action -> action != RoundAction.MARK_HELD || startDate == null || !today.isBefore(startDate))
			.toList();
	}

	LocalDate startDate() {
		return startDate;
	}

	LocalDate endDate() {
		return endDate;
	}

	/**
	 * The first day the round had before its last postponement, if it was postponed: where its meetings were
	 * planned from when it has no dates now.
	 */
	LocalDate lastPlannedStart() {
		return postponements.stream()
			.map(Postponement::plannedStart)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

	private boolean allows(RoundAction action) {
		boolean ahead = status == RoundStatus.SCHEDULED || status == RoundStatus.POSTPONED;
		return switch (action) {
			case POSTPONE, SUSPEND -> ahead;
			case MARK_HELD -> status == RoundStatus.SCHEDULED;
			case RECORD_COLLAPSE -> status == RoundStatus.SCHEDULED || status == RoundStatus.HELD;
			case RECORD_OUTCOME -> status == RoundStatus.HELD || status == RoundStatus.COLLAPSED;
			case AWAIT_CONFIRMATION -> ahead && !pendingConfirmation;
			case CONFIRM -> ahead && pendingConfirmation;
			// a round's decisions and meetings are recorded whatever became of it
			case RECORD_DECISION, ADD_MEETING -> true;
		};
	}

	private void require(RoundAction action) {
		if (allows(action)) {
			return;
		}
		boolean confirmation = action == RoundAction.AWAIT_CONFIRMATION || action == RoundAction.CONFIRM;
		if (confirmation && (status == RoundStatus.SCHEDULED || status == RoundStatus.POSTPONED)) {
			throw new DeskException.Conflict(pendingConfirmation ? "round.alreadyAwaitingConfirmation"
					: "round.notAwaitingConfirmation", number);
		}
		String verb = switch (action) {
			case POSTPONE -> "postpone";
			case MARK_HELD -> "markHeld";
			case SUSPEND -> "suspend";
			case RECORD_COLLAPSE -> "recordCollapse";
			case RECORD_OUTCOME -> "recordOutcome";
			default -> "changeConfirmation";
		};
		// the action and the status read in the viewer's language (round.action.*, roundStatus.*)
		throw new DeskException.Conflict("round.illegalTransition", number,
				new DefaultMessageSourceResolvable(
						new String[] { "round.action." + verb }, verb),
				status);
	}

	/** A new reason is written in English; the translations of the earlier one no longer apply. */
	private void clearReasonTranslations() {
		statusReasonRu = null;
		statusReasonKa = null;
	}

	private static String requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new DeskException.Invalid("round.reasonRequired");
		}
		return reason.strip();
	}

	int number() {
		return number;
	}

	RoundStatus status() {
		return status;
	}

	private void checkDates() {
		if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
			throw new DeskException.Invalid("round.endsBeforeStart", number, startDate, endDate);
		}
	}

	UUID id() {
		return id;
	}

	/**
	 * The round as the viewer may read it: the internal note, and what may be done with the round, only for the
	 * co-chairs and secretariat.
	 */
	RoundView view(boolean forCoChairs) {
		return view(forCoChairs, null);
	}

	/** As {@link #view(boolean)}, with the actions that apply on the given day (all of them without a day). */
	RoundView view(boolean forCoChairs, LocalDate today) {
		List<RoundView.PostponementView> earlier = new ArrayList<>();
		postponements.stream()
			.sorted(Comparator.comparing(Postponement::plannedStart, Comparator.nullsLast(Comparator.naturalOrder())))
			.forEach(found -> earlier.add(new RoundView.PostponementView(found.plannedStart(), found.plannedEnd(),
					found.announced(), found.reason(),
					new Localized(found.reason(), found.reasonRu(), found.reasonKa()))));
		List<RoundView.OutcomeView> outcomeViews = outcomes.stream()
			.sorted(Comparator.comparing(AgendaOutcome::itemCode))
			.map(found -> new RoundView.OutcomeView(found.itemCode(), found.outcome()))
			.toList();
		List<RoundView.DecisionView> decisionViews = decisions.stream()
			.sorted(Comparator.comparing(RoundDecision::decidedOn, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(RoundDecision::text))
			.map(found -> new RoundView.DecisionView(found.text(), found.status(), found.decidedOn()))
			.toList();
		return new RoundView(id, number, startDate, endDate, dateNote, status, venue, publicSummary,
				forCoChairs ? internalNote : null, List.copyOf(earlier), pendingConfirmation, statusReason, outcomeViews,
				decisionViews, sourceList(), forCoChairs ? (today == null ? availableActions() : availableActions(today)) : List.of(),
				new RoundView.Texts(new Localized(publicSummary, publicSummaryRu, publicSummaryKa),
						new Localized(venue, venueRu, venueKa),
						new Localized(dateNote, dateNoteRu, dateNoteKa),
						new Localized(statusReason, statusReasonRu, statusReasonKa),
						new Localized(agenda, agendaRu, agendaKa)));
	}
}
