package org.mediationdesk.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.mediationdesk.confidentiality.AccessPolicy;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.DeskException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The record of a process: its rounds as everyone may read them (the public timeline), and the co-chairs'
 * internal notes for the co-chairs and secretariat only.
 */
@Service
public class RoundRecord {

	/** The reference record on the class path; other modules read their parts of it. */
	public static final String REFERENCE_RECORD = "reference/gid-record.json";

	private final TalksProcessRepository processes;
	private final AgendaItemRepository agenda;
	private final RoundRepository rounds;
	private final RoundSessionRepository sessions;
	private final RelatedMeetingRepository related;
	private final JdbcClient jdbc;
	private final AccessPolicy policy;
	private final JsonMapper json;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RoundRecord(TalksProcessRepository processes, AgendaItemRepository agenda, RoundRepository rounds,
			RoundSessionRepository sessions, RelatedMeetingRepository related, JdbcClient jdbc, AccessPolicy policy,
			JsonMapper json,
			ApplicationEventPublisher events, Clock clock) {
		this.processes = processes;
		this.agenda = agenda;
		this.rounds = rounds;
		this.sessions = sessions;
		this.related = related;
		this.jdbc = jdbc;
		this.policy = policy;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	/** The process this installation runs (the first one recorded). */
	@Transactional(readOnly = true)
	public Optional<ProcessView> process() {
		return processes.findAll().stream().findFirst().map(TalksProcess::view);
	}

	@Transactional(readOnly = true)
	public List<AgendaItemView> agenda() {
		return process().map(found -> agenda.findByProcessIdOrderByWorkingGroupAscSortOrderAsc(found.id())
			.stream()
			.map(AgendaItem::view)
			.toList()).orElse(List.of());
	}

	/** The timeline, newest round first. Rounds are public; what each shows is its public summary. */
	@Transactional(readOnly = true)
	public RoundPage timeline(int page) {
		int current = Math.max(0, page);
		long total = jdbc.sql("SELECT COUNT(*) FROM round").query(Long.class).single();
		List<RoundSummary> items = jdbc
			.sql("SELECT number, start_date, end_date, date_note, status, venue, public_summary FROM round"
					+ " ORDER BY number DESC LIMIT :limit OFFSET :offset")
			.param("limit", RoundPage.PAGE_SIZE)
			.param("offset", (long) current * RoundPage.PAGE_SIZE)
			.query((row, number) -> new RoundSummary(row.getInt("number"),
					row.getObject("start_date", java.time.LocalDate.class),
					row.getObject("end_date", java.time.LocalDate.class), row.getString("date_note"),
					RoundStatus.valueOf(row.getString("status")), row.getString("venue"),
					row.getString("public_summary")))
			.list();
		return new RoundPage(items, current, RoundPage.PAGE_SIZE, total);
	}

	/** A round as the viewer may read it; the internal note only for the co-chairs and secretariat. */
	@Transactional(readOnly = true)
	public RoundView round(Viewer viewer, int number) {
		ProcessView process = process().orElseThrow(DeskException.NotFound::new);
		return rounds.findByProcessIdAndNumber(process.id(), number)
			.map(round -> round.view(policy.maySee(viewer, Audience.coChairs())))
			.orElseThrow(DeskException.NotFound::new);
	}

	/** Convenes the next round: its number continues the sequence. Co-chairs and secretariat only. */
	@Transactional
	public RoundView convene(Viewer viewer, LocalDate start, LocalDate end, String venue, boolean pendingConfirmation) {
		requireMediator(viewer);
		ProcessView process = process().orElseThrow(() -> new DeskException.Invalid("round.noProcess"));
		int next = jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM round WHERE process_id = :process")
			.param("process", process.id())
			.query(Integer.class)
			.single();
		String place = venue == null || venue.isBlank() ? process.venue() : venue.strip();
		Round round = rounds.save(Round.convene(process.id(), next, start, end, place, pendingConfirmation));
		for (SessionKind kind : List.of(SessionKind.WORKING_GROUP_I, SessionKind.WORKING_GROUP_II)) {
			sessions.save(RoundSession.of(round.id(), kind, null, start, place));
		}
		events.publishEvent(new RoundChanged(viewer.username(), RoundChanged.Change.CONVENED, next, String.valueOf(start)));
		return round.view(true);
	}

	/** Postpones a round to new dates (or to dates not yet agreed), keeping its number. */
	@Transactional
	public RoundView postpone(Viewer viewer, int number, LocalDate newStart, LocalDate newEnd, String reason) {
		requireMediator(viewer);
		Round round = load(number);
		round.postpone(newStart, newEnd, reason, LocalDate.now(clock));
		rounds.save(round);
		events.publishEvent(new RoundChanged(viewer.username(), RoundChanged.Change.POSTPONED, number,
				String.valueOf(newStart)));
		return round.view(true);
	}

	/** Records a change of a round's status: held, suspended, collapsed, or its confirmation by all. */
	@Transactional
	public RoundView change(Viewer viewer, int number, RoundAction action, String reason) {
		requireMediator(viewer);
		Round round = load(number);
		if (action == null) {
			throw new DeskException.Invalid("round.actionRequired");
		}
		RoundChanged.Change change = switch (action) {
			case MARK_HELD -> {
				round.markHeld();
				yield RoundChanged.Change.HELD;
			}
			case SUSPEND -> {
				round.suspend(reason);
				yield RoundChanged.Change.SUSPENDED;
			}
			case RECORD_COLLAPSE -> {
				round.recordCollapse(reason);
				yield RoundChanged.Change.COLLAPSED;
			}
			case AWAIT_CONFIRMATION, CONFIRM -> {
				round.setPendingConfirmation(action == RoundAction.AWAIT_CONFIRMATION);
				yield RoundChanged.Change.CONFIRMATION_CHANGED;
			}
		};
		rounds.save(round);
		events.publishEvent(new RoundChanged(viewer.username(), change, number, reason == null ? "" : reason));
		return round.view(true);
	}

	/** Records the outcome of a standing agenda item in a held round. */
	@Transactional
	public RoundView recordOutcome(Viewer viewer, int number, String itemCode, AgendaOutcomeKind outcome) {
		requireMediator(viewer);
		if (agenda().stream().noneMatch(item -> item.code().equals(itemCode))) {
			throw new DeskException.Invalid("attendance.itemUnknown");
		}
		Round round = load(number);
		round.recordOutcome(itemCode, outcome);
		rounds.save(round);
		events.publishEvent(new RoundChanged(viewer.username(), RoundChanged.Change.OUTCOME_RECORDED, number,
				itemCode + " " + outcome));
		return round.view(true);
	}

	/** Records a decision of a round, such as the dates of the next one. */
	@Transactional
	public RoundView recordDecision(Viewer viewer, int number, String text, DecisionStatus status, LocalDate decidedOn) {
		requireMediator(viewer);
		Round round = load(number);
		round.recordDecision(text, status, decidedOn);
		rounds.save(round);
		events.publishEvent(new RoundChanged(viewer.username(), RoundChanged.Change.DECISION_RECORDED, number, ""));
		return round.view(true);
	}

	/** Adds a meeting to a round (an information session, a sideline meeting, a shuttle visit …). */
	@Transactional
	public SessionView openSession(Viewer viewer, int number, SessionKind kind, String topic, LocalDate heldOn,
			String place) {
		requireMediator(viewer);
		if (kind == null) {
			throw new DeskException.Invalid("session.kindRequired");
		}
		String cleanTopic = topic == null || topic.isBlank() ? null : topic.strip();
		if (cleanTopic != null && cleanTopic.length() > 300) {
			throw new DeskException.Invalid("session.topicTooLong", 300);
		}
		Round round = load(number);
		RoundSession session = sessions.save(RoundSession.of(round.id(), kind, cleanTopic, heldOn,
				place == null || place.isBlank() ? null : place.strip()));
		events.publishEvent(new RoundChanged(viewer.username(), RoundChanged.Change.SESSION_OPENED, number, kind.name()));
		return session.view();
	}

	private Round load(int number) {
		ProcessView process = process().orElseThrow(DeskException.NotFound::new);
		return rounds.findByProcessIdAndNumber(process.id(), number).orElseThrow(DeskException.NotFound::new);
	}

	private static void requireMediator(Viewer viewer) {
		if (!viewer.isMediator()) {
			throw new DeskException.NotFound();
		}
	}

	/**
	 * Locks a meeting for the rest of the caller's transaction, so that two records about it (a double click)
	 * are checked one after the other.
	 */
	@Transactional
	public void lockSession(UUID sessionId) {
		jdbc.sql("SELECT id FROM round_session WHERE id = :id FOR UPDATE").param("id", sessionId).query().listOfRows();
	}

	/** The meetings of a round, working groups first. */
	@Transactional(readOnly = true)
	public List<SessionView> sessions(int number) {
		ProcessView process = process().orElseThrow(DeskException.NotFound::new);
		Round round = rounds.findByProcessIdAndNumber(process.id(), number).orElseThrow(DeskException.NotFound::new);
		return sessions.findByRoundIdOrderByKind(round.id()).stream().map(RoundSession::view).toList();
	}

	/**
	 * Loads the reference record of the Geneva International Discussions into a database that has no
	 * process yet. Returns false, and changes nothing, if one is there already.
	 */
	@Transactional
	public boolean loadReferenceRecord() {
		if (processes.count() > 0) {
			return false;
		}
		ReferenceRecord record = readReference(ReferenceRecord.class);
		ReferenceRecord.ProcessEntry entry = record.process();
		TalksProcess process = processes
			.save(TalksProcess.of(entry.code(), entry.name(), entry.nameRu(), entry.venue(), entry.mandate(),
					entry.equalTreatment()));
		int order = 0;
		for (ReferenceRecord.AgendaEntry item : record.agendaItems()) {
			agenda.save(AgendaItem.of(process.id(), item.code(), item.workingGroup(), item.title(), item.titleRu(),
					order++));
		}
		for (ReferenceRecord.RoundEntry round : record.rounds()) {
			List<Postponement> postponed = round.postponements() == null ? List.of()
					: round.postponements()
						.stream()
						.map(found -> new Postponement(found.plannedStart(), found.plannedEnd(), found.announced(),
								found.reason()))
						.toList();
			Round saved = rounds.save(Round.recorded(process.id(), round.number(), round.startDate(), round.endDate(),
					round.dateNote(), round.status(), round.venue(), round.publicSummary(), round.internalNote(),
					postponed));
			// the first round met in one format; since the second, two working groups meet in parallel
			List<SessionKind> kinds = round.number() == 1 ? List.of(SessionKind.PLENARY)
					: List.of(SessionKind.WORKING_GROUP_I, SessionKind.WORKING_GROUP_II);
			for (SessionKind kind : kinds) {
				sessions.save(RoundSession.of(saved.id(), kind, null, round.startDate(), round.venue()));
			}
		}
		if (record.relatedMeetings() != null) {
			for (ReferenceRecord.RelatedMeetingEntry meeting : record.relatedMeetings()) {
				related.save(RelatedMeeting.of(process.id(), meeting.title(), meeting.heldOn(), meeting.dateNote(),
						meeting.place(), meeting.groups() == null ? "" : String.join(",", meeting.groups()),
						meeting.summary(), meeting.source()));
			}
		}
		return true;
	}

	/**
	 * Reads the reference record file into the given type, for this module and the modules that load their
	 * own parts of it (attendance events, accounts).
	 */
	public <T> T readReference(Class<T> part) {
		try (InputStream in = new ClassPathResource(REFERENCE_RECORD).getInputStream()) {
			return json.readValue(in, part);
		}
		catch (IOException e) {
			throw new UncheckedIOException("The reference record " + REFERENCE_RECORD + " cannot be read", e);
		}
	}

	/** Meetings about the process that are not its rounds, newest first. They are public. */
	@Transactional(readOnly = true)
	public List<RelatedMeetingView> relatedMeetings() {
		return process().map(found -> related.findByProcessIdOrderByHeldOnDesc(found.id())
			.stream()
			.map(RelatedMeeting::view)
			.toList()).orElse(List.of());
	}
}
