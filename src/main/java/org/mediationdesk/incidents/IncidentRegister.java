package org.mediationdesk.incidents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.incidents.IncidentEvent.IncidentAccountGiven;
import org.mediationdesk.incidents.IncidentEvent.IncidentCaseOpened;
import org.mediationdesk.incidents.IncidentEvent.IncidentReported;
import org.mediationdesk.incidents.IncidentEvent.IncidentReviewed;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.terminology.TerminologyGate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incident register of each mechanism, seen by that mechanism's circle only: its participant groups, the
 * co-chairs and secretariat. To anyone else an incident does not exist (404), and a list holds none of it. A side
 * reports an incident with its own account, or the facilitators with their neutral summary (which passes the
 * terminology gate); every source then gives its account; the co-chairs and secretariat, for the facilitators,
 * move it through the review.
 */
@Service
public class IncidentRegister {

	static final int PAGE_SIZE = 25;

	private final IncidentRepository incidents;
	private final Mechanisms mechanisms;
	private final IncidentNumbers numbers;
	private final ParticipantDirectory directory;
	private final TerminologyGate gate;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	IncidentRegister(IncidentRepository incidents, Mechanisms mechanisms, IncidentNumbers numbers,
			ParticipantDirectory directory, TerminologyGate gate, JdbcClient jdbc, ApplicationEventPublisher events,
			Clock clock) {
		this.incidents = incidents;
		this.mechanisms = mechanisms;
		this.numbers = numbers;
		this.directory = directory;
		this.gate = gate;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Whether the viewer sees some register: a participant of a mechanism's groups, the co-chairs, the secretariat.
	 * One read without a transaction of its own: every logged-in page's navigation asks it.
	 */
	public boolean seesARegister(Viewer viewer) {
		return mechanisms.inSomeCircle(viewer);
	}

	/** The codes of the mechanisms whose register the viewer sees, for the filter. */
	@Transactional(readOnly = true)
	public List<String> registers(Viewer viewer) {
		return mechanisms.registersOf(viewer).stream().map(Mechanism::code).toList();
	}

	/** A page (from 0) of the incidents the viewer sees, latest first, filtered. */
	@Transactional(readOnly = true)
	public IncidentPage list(Viewer viewer, IncidentFilter filter, int page, LanguageCode language) {
		Map<UUID, Mechanism> visible = mechanisms.registersOf(viewer).stream()
			.collect(Collectors.toMap(Mechanism::id, Function.identity()));
		IncidentFilter wanted = filter == null ? IncidentFilter.none() : filter;
		List<UUID> ids = List.copyOf(visible.keySet());
		if (wanted.mechanism() != null && !wanted.mechanism().isBlank()) {
			ids = mechanisms.find(wanted.mechanism()).map(Mechanism::id).filter(visible::containsKey).stream().toList();
		}
		int from = Math.max(0, page);
		if (ids.isEmpty()) {
			return new IncidentPage(List.of(), from, PAGE_SIZE, 0);
		}
		IncidentWhere where = IncidentWhere.of(ids, wanted);
		long total = jdbc.sql("SELECT COUNT(*)" + where.sql()).params(where.params()).query(Long.class).single();
		List<UUID> pageIds = jdbc.sql("SELECT id" + where.sql() + " ORDER BY occurred_at DESC, public_id DESC LIMIT "
				+ PAGE_SIZE + " OFFSET " + ((long) from * PAGE_SIZE)).params(where.params()).query(UUID.class).list();
		Map<UUID, Incident> loaded = incidents.findAllById(pageIds).stream()
			.collect(Collectors.toMap(Incident::id, Function.identity()));
		List<IncidentView> items = pageIds.stream().map(loaded::get)
			.map(incident -> view(viewer, visible.get(incident.mechanismId()), incident, language, false)).toList();
		return new IncidentPage(items, from, PAGE_SIZE, total);
	}

	/** An incident by its id or public id; 404 to whoever is not of its mechanism's circle. */
	@Transactional(readOnly = true)
	public IncidentView incident(Viewer viewer, String idOrPublicId, LanguageCode language) {
		Incident incident = load(viewer, idOrPublicId);
		return view(viewer, mechanisms.load(incident.mechanismId().toString()), incident, language, true);
	}

	/** Reports an incident to a mechanism's register, with the reporter's account. */
	@Transactional
	public IncidentView report(Viewer viewer, NewIncident report, LanguageCode language) {
		if (report == null) {
			throw new DeskException.Invalid("incidents.mechanismRequired");
		}
		Mechanism mechanism = mechanisms.find(report.mechanism()).filter(found -> mechanisms.inCircle(viewer, found))
			.orElseThrow(() -> new DeskException.Invalid("incidents.mechanismRequired"));
		Occurrence occurrence = occurrence(report);
		IncidentStatement first = statement(viewer, new NewIncidentAccount(report.summary(), report.sources(), null,
				report.casualties()));
		Instant now = clock.instant();
		String publicId = numbers.next(mechanism.id(), mechanism.code(), now.atZone(ZoneOffset.UTC).getYear());
		Incident incident = incidents.save(Incident.report(publicId, mechanism.id(), occurrence, first));
		events.publishEvent(new IncidentReported(viewer.username(), incident.id(), publicId, mechanism.id(),
				incident.kind()));
		events.publishEvent(new IncidentAccountGiven(viewer.username(), incident.id(), publicId, first.groupId()));
		return view(viewer, mechanism, incident, language, true);
	}

	/** A source gives its account: a participant their group's, the co-chairs and secretariat the facilitators'. */
	@Transactional
	public IncidentView give(Viewer viewer, String idOrPublicId, NewIncidentAccount account, LanguageCode language) {
		Incident incident = load(viewer, idOrPublicId);
		IncidentStatement statement = statement(viewer, account);
		incident.give(statement);
		incidents.save(incident);
		events.publishEvent(new IncidentAccountGiven(viewer.username(), incident.id(), incident.publicId(),
				statement.groupId()));
		return view(viewer, mechanisms.load(incident.mechanismId().toString()), incident, language, true);
	}

	/**
	 * A step of the review, by the co-chairs or secretariat for the facilitators: under review, verified,
	 * unverifiable, or closed with its outcome.
	 */
	@Transactional
	public IncidentView review(Viewer viewer, String idOrPublicId, IncidentAction step, String outcome,
			LanguageCode language) {
		viewer.requireMediator();
		Incident incident = load(viewer, idOrPublicId);
		if (step == null) {
			throw new DeskException.Invalid("incidents.stepRequired");
		}
		switch (step) {
			case PUT_UNDER_REVIEW -> incident.putUnderReview();
			case VERIFY -> incident.verify();
			case FIND_UNVERIFIABLE -> incident.findUnverifiable();
			case CLOSE -> incident.close(IncidentChecks.optional(outcome, 1000, "incidents.closingOutcomeTooLong"),
					clock.instant());
			case OPEN_CASE -> incident.openCase(clock.instant());
			case GIVE_ACCOUNT, PUT_ON_REVIEW, MERGE -> throw new DeskException.Invalid("incidents.stepRequired");
		}
		incidents.save(incident);
		events.publishEvent(step == IncidentAction.OPEN_CASE
				? new IncidentCaseOpened(viewer.username(), incident.id(), incident.publicId())
				: new IncidentReviewed(viewer.username(), incident.id(), incident.publicId(), incident.state()));
		return view(viewer, mechanisms.load(incident.mechanismId().toString()), incident, language, true);
	}

	/**
	 * An incident by its id or public id, as its mechanism's circle may read it, or 404; a duplicate merged into
	 * another leads to that one (a merge never crosses mechanisms).
	 */
	Incident load(Viewer viewer, String idOrPublicId) {
		if (idOrPublicId == null || idOrPublicId.isBlank()) {
			throw new DeskException.NotFound();
		}
		Optional<Incident> found;
		try {
			found = incidents.findById(UUID.fromString(idOrPublicId.strip()));
		}
		catch (IllegalArgumentException notAnId) {
			found = incidents.findByPublicId(idOrPublicId.strip().toUpperCase(Locale.ROOT));
		}
		for (int hops = 0; hops < 10 && found.isPresent() && found.get().mergedInto() != null; hops++) {
			found = incidents.findByPublicId(found.get().mergedInto());
		}
		return found.filter(incident -> mechanisms.find(incident.mechanismId().toString())
			.map(mechanism -> mechanisms.inCircle(viewer, mechanism)).orElse(false))
			.orElseThrow(DeskException.NotFound::new);
	}

	private IncidentStatement statement(Viewer viewer, NewIncidentAccount account) {
		viewer.requireMediatorOrParticipant();
		NewIncidentAccount given = account == null ? new NewIncidentAccount(null, null, null, null) : account;
		String text = IncidentChecks.text(given.text(), 4000, "incidents.textRequired");
		if (viewer.isMediator()) {
			// the facilitators' summary is the mediators' own wording; a side's account keeps its words
			gate.requireNeutral(List.of(new TerminologyGate.Passage(TerminologyGate.Place.of("summary"), LanguageCode.EN,
					text)));
		}
		return IncidentStatement.of(viewer.isMediator() ? null : viewer.groupId(), text,
				IncidentChecks.optional(given.responsible(), 500, "incidents.responsibleTooLong"),
				IncidentChecks.optional(given.sources(), 2000, "incidents.sourcesTooLong"), Counts.checked(given.casualties()),
				viewer.username(), clock.instant());
	}

	private Occurrence occurrence(NewIncident report) {
		if (report.kind() == null) {
			throw new DeskException.Invalid("incidents.kindRequired");
		}
		if (report.alsoKinds().stream().anyMatch(Objects::isNull)) {
			throw new DeskException.Invalid("incidents.kindRequired");
		}
		if (report.timePrecision() == null) {
			throw new DeskException.Invalid("incidents.timePrecisionRequired");
		}
		Instant at = instant(report.occurredAt());
		if (at.isAfter(clock.instant().plusSeconds(24 * 3600))) {
			throw new DeskException.Invalid("incidents.occurredInFuture");
		}
		if (report.place() == null) {
			throw new DeskException.Invalid("incidents.placeNameRequired", 200);
		}
		return new Occurrence(report.kind(), report.alsoKinds(), at, report.timePrecision(), report.place().checked(),
				IncidentChecks.optional(report.actor1(), 200, "incidents.actorTooLong"),
				IncidentChecks.optional(report.actor2(), 200, "incidents.actorTooLong"));
	}

	/** A day ({@code 2026-03-14}, its start in UTC) or a time with its offset ({@code 2026-03-14T06:30:00Z}). */
	static Instant instant(String text) {
		if (text == null || text.isBlank()) {
			throw new DeskException.Invalid("incidents.occurredAtInvalid");
		}
		String given = text.strip();
		try {
			if (given.length() == 10) {
				return LocalDate.parse(given).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			if (given.endsWith("Z") || given.matches(".*[+-]\\d{2}:\\d{2}$")) {
				return OffsetDateTime.parse(given).toInstant();
			}
			return LocalDateTime.parse(given).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException e) {
			throw new DeskException.Invalid("incidents.occurredAtInvalid");
		}
	}

	IncidentView view(Viewer viewer, Incident incident, LanguageCode language) {
		return view(viewer, mechanisms.load(incident.mechanismId().toString()), incident, language, true);
	}

	private IncidentView view(Viewer viewer, Mechanism mechanism, Incident incident, LanguageCode language,
			boolean withAccounts) {
		List<IncidentView.Account> accounts = !withAccounts ? List.of() : incident.statements().stream()
			.sorted(Comparator.comparing(IncidentStatement::facilitators).reversed()
				.thenComparing(IncidentStatement::givenAt))
			.map(statement -> account(statement, language)).toList();
		Set<IncidentAction> actions = EnumSet.noneOf(IncidentAction.class);
		for (IncidentAction action : incident.availableActions()) {
			boolean own = action == IncidentAction.GIVE_ACCOUNT;
			boolean given = incident.statements().stream()
				.anyMatch(s -> viewer.isMediator() ? s.facilitators() : viewer.belongsTo(s.groupId()));
			if (own ? !given && (viewer.isMediator() || viewer.isParticipant()) : viewer.isMediator()) {
				actions.add(action);
			}
		}
		return new IncidentView(incident.id(), incident.publicId(), mechanism.id(), mechanism.code(), incident.kind(),
				incident.otherKinds(), incident.occurredAt(), incident.timePrecision(), incident.place(), incident.actor1(),
				incident.actor2(), incident.state(), incident.closingOutcome(), incident.summary(), incident.conservative(),
				incident.disputed(), accounts, actions, incident.caseOpenedAt(), incident.caseClosedAt(),
				withAccounts ? mergedInto(incident) : List.of());
	}

	private List<String> mergedInto(Incident incident) {
		return jdbc.sql("SELECT public_id FROM incident WHERE merged_into = :id ORDER BY public_id")
			.param("id", incident.publicId()).query(String.class).list();
	}

	private IncidentView.Account account(IncidentStatement statement, LanguageCode language) {
		Optional<GroupView> group = statement.groupId() == null ? Optional.empty() : directory.group(statement.groupId());
		return new IncidentView.Account(statement.facilitators(), group.map(GroupView::code).orElse(null),
				group.map(g -> g.label(language)).orElse(null), statement.text(), statement.responsible(),
				statement.sources(), statement.casualties(), statement.givenAt(), statement.mergedFrom());
	}
}
