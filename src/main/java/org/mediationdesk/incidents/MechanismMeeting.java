package org.mediationdesk.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Localized;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A meeting of a mechanism, numbered in its kind's series. It is scheduled with a provisional agenda (the
 * standing items and any others); the adoption of the agenda is a recorded step; joint visits are agreed once the
 * agenda is adopted; and it is closed with an outcome, the next date and the facilitators' public statement. A
 * meeting that could not be concluded over its agenda is closed without an adopted agenda.
 */
class MechanismMeeting {

	@Id
	private UUID id;
	private UUID mechanismId;
	private MechanismMeetingKind kind;
	private Integer number;
	private LocalDate heldOn;
	private TimePrecision datePrecision;
	private String venue;
	private MeetingOutcome outcome;
	private Instant agendaAdoptedAt;
	private String agendaAdoptedBy;
	private LocalDate nextOn;
	private String statement;
	private String statementRu;
	private String statementKa;
	private String source;
	private List<MechanismMeetingItem> items = new ArrayList<>();
	private List<JointVisit> jointVisits = new ArrayList<>();
	@Version
	private Long version;

	@PersistenceCreator
	MechanismMeeting() {
	}

	static MechanismMeeting schedule(UUID mechanismId, int number, NewMechanismMeeting meeting) {
		MechanismMeeting scheduled = new MechanismMeeting();
		scheduled.id = UUID.randomUUID();
		scheduled.mechanismId = mechanismId;
		scheduled.kind = meeting.kind();
		scheduled.number = number;
		scheduled.heldOn = meeting.heldOn();
		scheduled.datePrecision = meeting.datePrecision() == null ? TimePrecision.DAY : meeting.datePrecision();
		if (scheduled.datePrecision != TimePrecision.DAY && scheduled.datePrecision != TimePrecision.MONTH) {
			throw new DeskException.Invalid("mechanisms.datePrecision");
		}
		scheduled.venue = meeting.venue();
		meeting.agenda().forEach(title -> scheduled.items.add(new MechanismMeetingItem(title)));
		return scheduled;
	}

	/**
	 * A past meeting as the record gives it: held or not, with its public statement and source; a meeting that met
	 * with its agenda adopted, unless it could not be concluded.
	 */
	static MechanismMeeting recorded(UUID mechanismId, Integer number, NewMechanismMeeting meeting, MeetingOutcome outcome,
			LocalDate nextOn, Localized statement, String source, Instant at) {
		MechanismMeeting recorded = schedule(mechanismId, 0, meeting);
		recorded.number = number;
		if (outcome == MeetingOutcome.HELD || outcome == MeetingOutcome.HELD_IN_PART) {
			recorded.agendaAdoptedAt = at;
			recorded.agendaAdoptedBy = "import";
		}
		recorded.outcome = outcome;
		recorded.nextOn = nextOn;
		recorded.statement(statement, source);
		return recorded;
	}

	Set<MeetingAction> availableActions() {
		if (outcome != null) {
			return EnumSet.noneOf(MeetingAction.class);
		}
		if (agendaAdoptedAt == null) {
			return EnumSet.of(MeetingAction.ADOPT_AGENDA, MeetingAction.CLOSE, MeetingAction.POSTPONE,
					MeetingAction.CALL_OFF);
		}
		return EnumSet.of(MeetingAction.AGREE_JOINT_VISIT, MeetingAction.CLOSE);
	}

	private void require(MeetingAction action) {
		if (!availableActions().contains(action)) {
			throw new DeskException.Conflict("mechanisms.actionNotAvailable", action.name(), state());
		}
	}

	/** The meeting's state in words the message bundles know: its outcome, or whether its agenda is adopted. */
	String state() {
		return outcome != null ? outcome.name() : agendaAdoptedAt != null ? "AGENDA_ADOPTED" : "SCHEDULED";
	}

	/** The participants adopted the provisional agenda: a recorded step, with who recorded it and when. */
	void adoptAgenda(String by, Instant at) {
		require(MeetingAction.ADOPT_AGENDA);
		agendaAdoptedAt = at;
		agendaAdoptedBy = by;
	}

	void agreeJointVisit(JointVisit visit) {
		require(MeetingAction.AGREE_JOINT_VISIT);
		if (visit == null || blank(visit.place()) || blank(visit.purpose())) {
			throw new DeskException.Invalid("mechanisms.jointVisitIncomplete");
		}
		jointVisits.add(visit);
	}

	/**
	 * Closes the meeting: held, held in part, or not concluded (over its agenda); with the next date set at the
	 * close and the facilitators' public statement. A meeting held (in whole or part) has adopted its agenda.
	 */
	void close(MeetingOutcome result, LocalDate next, Localized publicStatement, String from) {
		require(MeetingAction.CLOSE);
		if (result == null || !result.met()) {
			throw new DeskException.Invalid("mechanisms.closeOutcome");
		}
		if (result != MeetingOutcome.NOT_CONCLUDED && agendaAdoptedAt == null) {
			throw new DeskException.Conflict("mechanisms.agendaNotAdopted", state());
		}
		if (next != null && !next.isAfter(heldOn)) {
			throw new DeskException.Invalid("mechanisms.nextBeforeMeeting", heldOn);
		}
		outcome = result;
		nextOn = next;
		statement(publicStatement, from);
	}

	/** The meeting will not take place on its day; a new one is scheduled for the new date. */
	void postpone() {
		require(MeetingAction.POSTPONE);
		outcome = MeetingOutcome.POSTPONED;
	}

	void callOff() {
		require(MeetingAction.CALL_OFF);
		outcome = MeetingOutcome.NOT_HELD;
	}

	private void statement(Localized text, String from) {
		Localized given = text == null ? new Localized(null, null, null) : text;
		statement = given.en();
		statementRu = given.ru();
		statementKa = given.ka();
		source = from;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	UUID id() {
		return id;
	}

	UUID mechanismId() {
		return mechanismId;
	}

	MechanismMeetingKind kind() {
		return kind;
	}

	Integer number() {
		return number;
	}

	LocalDate heldOn() {
		return heldOn;
	}

	TimePrecision datePrecision() {
		return datePrecision;
	}

	String venue() {
		return venue;
	}

	MeetingOutcome outcome() {
		return outcome;
	}

	Instant agendaAdoptedAt() {
		return agendaAdoptedAt;
	}

	LocalDate nextOn() {
		return nextOn;
	}

	Localized statement() {
		return new Localized(statement, statementRu, statementKa);
	}

	String source() {
		return source;
	}

	List<String> agenda() {
		return items.stream().map(MechanismMeetingItem::title).toList();
	}

	List<JointVisit> jointVisits() {
		return List.copyOf(jointVisits);
	}
}
