package org.mediationdesk.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The process record file (JSON, format version 2): a process with its standing agenda, its rounds with
 * their meetings and attendance, the accounts of its rounds and its related meetings. The reference record
 * of the Geneva International Discussions ships in this format; {@code process import} and
 * {@code process export} read and write it. Participant groups are named by their codes. The format is
 * described field by field in {@code docs/process-record.md}.
 * <p>
 * Version 1 differs only in the name of a round's list of meetings ({@code sessions}); the reader still
 * accepts it and reads that list as the meetings (see {@link ProcessFileReader}).
 */
public record ProcessFile(Integer formatVersion, ProcessEntry process, List<AgendaEntry> agendaItems,
		List<RoundEntry> rounds, List<AccountEntry> accounts, List<RelatedMeetingEntry> relatedMeetings,
		List<MechanismEntry> mechanisms, List<IncidentEntry> incidents, List<CommitmentEntry> commitments) {

	/** The version written, and the newest read. */
	public static final int FORMAT_VERSION = 2;

	/** The oldest version read. */
	public static final int OLDEST_FORMAT_VERSION = 1;

	public ProcessFile {
		agendaItems = listOf(agendaItems);
		rounds = listOf(rounds);
		accounts = listOf(accounts);
		relatedMeetings = listOf(relatedMeetings);
		mechanisms = listOf(mechanisms);
		incidents = listOf(incidents);
		commitments = listOf(commitments);
	}

	/** A file without commitments. */
	public ProcessFile(Integer formatVersion, ProcessEntry process, List<AgendaEntry> agendaItems,
			List<RoundEntry> rounds, List<AccountEntry> accounts, List<RelatedMeetingEntry> relatedMeetings,
			List<MechanismEntry> mechanisms, List<IncidentEntry> incidents) {
		this(formatVersion, process, agendaItems, rounds, accounts, relatedMeetings, mechanisms, incidents, List.of());
	}

	/** A file without incident mechanisms. */
	public ProcessFile(Integer formatVersion, ProcessEntry process, List<AgendaEntry> agendaItems,
			List<RoundEntry> rounds, List<AccountEntry> accounts, List<RelatedMeetingEntry> relatedMeetings) {
		this(formatVersion, process, agendaItems, rounds, accounts, relatedMeetings, List.of(), List.of());
	}

	/** A file without incidents. */
	public ProcessFile(Integer formatVersion, ProcessEntry process, List<AgendaEntry> agendaItems,
			List<RoundEntry> rounds, List<AccountEntry> accounts, List<RelatedMeetingEntry> relatedMeetings,
			List<MechanismEntry> mechanisms) {
		this(formatVersion, process, agendaItems, rounds, accounts, relatedMeetings, mechanisms, List.of());
	}

	/** The same file with these incident mechanisms. */
	public ProcessFile withMechanisms(List<MechanismEntry> entries) {
		return new ProcessFile(formatVersion, process, agendaItems, rounds, accounts, relatedMeetings, entries, incidents,
				commitments);
	}

	/** The same file with these incidents. */
	public ProcessFile withIncidents(List<IncidentEntry> entries) {
		return new ProcessFile(formatVersion, process, agendaItems, rounds, accounts, relatedMeetings, mechanisms, entries,
				commitments);
	}

	/** The same file with these commitments. */
	public ProcessFile withCommitments(List<CommitmentEntry> entries) {
		return new ProcessFile(formatVersion, process, agendaItems, rounds, accounts, relatedMeetings, mechanisms, incidents,
				entries);
	}

	/** The process; {@code …Ru} and {@code …Ka} are the Russian and Georgian versions of its public texts. */
	public record ProcessEntry(String code, String name, String nameRu, String venue, String mandate,
			List<String> equalTreatment, String nameKa, String venueRu, String venueKa, String mandateRu,
			String mandateKa) {

		public ProcessEntry {
			equalTreatment = listOf(equalTreatment);
		}

		public ProcessEntry(String code, String name, String nameRu, String venue, String mandate,
				List<String> equalTreatment) {
			this(code, name, nameRu, venue, mandate, equalTreatment, null, null, null, null, null);
		}
	}

	public record AgendaEntry(String code, WorkingGroup workingGroup, String title, String titleRu, String titleKa) {

		public AgendaEntry(String code, WorkingGroup workingGroup, String title, String titleRu) {
			this(code, workingGroup, title, titleRu, null);
		}
	}

	public record RoundEntry(int number, LocalDate startDate, LocalDate endDate, String dateNote, RoundStatus status,
			String venue, String publicSummary, String internalNote, boolean pendingConfirmation, String statusReason,
			List<PostponementEntry> postponements, List<OutcomeEntry> outcomes, List<DecisionEntry> decisions,
			List<MeetingEntry> meetings, List<String> sources, String publicSummaryRu, String publicSummaryKa,
			String venueRu, String venueKa, String dateNoteRu, String dateNoteKa, String statusReasonRu,
			String statusReasonKa, String agenda, String agendaRu, String agendaKa) {

		public RoundEntry {
			postponements = listOf(postponements);
			outcomes = listOf(outcomes);
			decisions = listOf(decisions);
			meetings = listOf(meetings);
			sources = listOf(sources);
		}

		/** A round with its public texts in English only. */
		public RoundEntry(int number, LocalDate startDate, LocalDate endDate, String dateNote, RoundStatus status,
				String venue, String publicSummary, String internalNote, boolean pendingConfirmation,
				String statusReason, List<PostponementEntry> postponements, List<OutcomeEntry> outcomes,
				List<DecisionEntry> decisions, List<MeetingEntry> meetings, List<String> sources) {
			this(number, startDate, endDate, dateNote, status, venue, publicSummary, internalNote,
					pendingConfirmation, statusReason, postponements, outcomes, decisions, meetings, sources, null,
					null, null, null, null, null, null, null, null, null, null);
		}
	}

	public record PostponementEntry(LocalDate plannedStart, LocalDate plannedEnd, LocalDate announced,
			String reason, String reasonRu, String reasonKa) {

		public PostponementEntry(LocalDate plannedStart, LocalDate plannedEnd, LocalDate announced, String reason) {
			this(plannedStart, plannedEnd, announced, reason, null, null);
		}
	}

	public record OutcomeEntry(String item, AgendaOutcomeKind outcome) {
	}

	public record DecisionEntry(String text, DecisionStatus status, LocalDate decidedOn) {
	}

	/** A meeting of a round and its attendance record, in the order it happened. */
	public record MeetingEntry(MeetingKind kind, String topic, LocalDate heldOn, LocalTime startsAt, String place,
			String coModerators, List<String> invitedGroups, List<AttendanceEntry> attendance) {

		public MeetingEntry {
			invitedGroups = listOf(invitedGroups);
			attendance = listOf(attendance);
		}
	}

	/**
	 * An attendance event for each of the named groups, or for no named group where the record does not say
	 * who it was. {@code kind} is a kind of the attendance record ({@code PRESENT}, {@code WALKED_OUT} …).
	 */
	public record AttendanceEntry(String kind, List<String> groups, LocalDate date, Capacity capacity,
			String agendaItem, String statedReason, LocalTime time, String laterReason,
			String correctionReason) {

		public AttendanceEntry {
			groups = listOf(groups);
		}

		/**
		 * An entry as the record of the early rounds gives it: a day, no time of day, neither a later record
		 * ({@code laterReason}: why it was recorded after the meeting's day) nor a correction
		 * ({@code correctionReason}: why it corrects an earlier entry, which the file leaves out).
		 */
		public AttendanceEntry(String kind, List<String> groups, LocalDate date, Capacity capacity, String agendaItem,
				String statedReason) {
			this(kind, groups, date, capacity, agendaItem, statedReason, null, null, null);
		}
	}

	/**
	 * An account of a round. {@code audience} is an audience kind; {@code audienceGroup} the group code for
	 * the kinds that name one.
	 */
	public record AccountEntry(int round, String sourceKind, String group, String outlet, LocalDate published,
			String url, String summary, String audience, String audienceGroup) {
	}

	public record RelatedMeetingEntry(String title, LocalDate heldOn, String dateNote, String place,
			List<String> groups, String summary, String source) {

		public RelatedMeetingEntry {
			groups = listOf(groups);
		}
	}

	/**
	 * An incident prevention and response mechanism (the incidents module's part): its code, its name and theatre in
	 * each language, its facilitators (institution codes), its participant groups (group codes), its hotline operator,
	 * its rhythm, its suspension periods and its meetings. Kinds, outcomes and rhythms are the incidents module's
	 * names ({@code REGULAR}, {@code NOT_CONCLUDED}, {@code MONTHLY}).
	 */
	public record MechanismEntry(String code, String name, String nameRu, String nameKa, String theatre,
			String theatreRu, String theatreKa, List<String> facilitators, List<String> groups, String hotlineOperator,
			String hotlineOperatorRu, String hotlineOperatorKa, String rhythm, List<SuspensionEntry> suspensions,
			List<MechanismMeetingEntry> meetings, List<EscalationStepEntry> escalationChain) {

		public MechanismEntry {
			facilitators = listOf(facilitators);
			groups = listOf(groups);
			suspensions = listOf(suspensions);
			meetings = listOf(meetings);
			escalationChain = listOf(escalationChain);
		}

		/** The entry with the mechanism's own escalation chain (the hotline's part of the file adds it). */
		public MechanismEntry withEscalationChain(List<EscalationStepEntry> chain) {
			return new MechanismEntry(code, name, nameRu, nameKa, theatre, theatreRu, theatreKa, facilitators, groups,
					hotlineOperator, hotlineOperatorRu, hotlineOperatorKa, rhythm, suspensions, meetings, chain);
		}
	}

	/**
	 * A step of a mechanism's own hotline escalation chain: minutes after the deadline to acknowledge, whom it tells
	 * ({@code SUPERVISORS}, {@code FACILITATORS}, and last {@code NOBODY_ANSWERED}), and the supervisors' login names.
	 */
	public record EscalationStepEntry(Integer delayMinutes, String target, List<String> accounts) {

		public EscalationStepEntry {
			accounts = listOf(accounts);
		}
	}

	/** A period in which a mechanism did not meet; {@code to} left out while it lasts. */
	public record SuspensionEntry(LocalDate from, LocalDate to, String reason, String reasonRu, String reasonKa,
			String source) {
	}

	/**
	 * A mechanism's meeting: its kind and number in that kind's series (left out where the sources give none), its
	 * day ({@code datePrecision} {@code MONTH} where only the month is known), venue, outcome (left out while it is
	 * to come), the next date set at its close, and the facilitators' public statement with its source.
	 */
	public record MechanismMeetingEntry(String kind, Integer number, LocalDate heldOn, String datePrecision, String venue,
			String outcome, LocalDate nextOn, String statement, String statementRu, String statementKa, String source) {
	}

	/**
	 * An incident of a mechanism's register (the incidents module's part), under its public id, which it keeps
	 * ({@code ERG-2026-0042}): its mechanism's code, its kind and the other kinds it also was, when (with the
	 * precision of that time) and where (with the precision of that place), its two actors, its review state and
	 * closing outcome, when it was reported, and each source's account. Kinds, precisions and states are the
	 * incidents module's names ({@code DETENTION}, {@code EXACT}, {@code NEAR}, {@code CLOSED}).
	 */
	public record IncidentEntry(String publicId, String mechanism, String kind, List<String> alsoKinds,
			Instant occurredAt, String timePrecision, String place, String placePrecision, Double latitude,
			Double longitude, String actor1, String actor2, String state, String closingOutcome, Instant reportedAt,
			List<IncidentAccountEntry> accounts) {

		public IncidentEntry {
			alsoKinds = listOf(alsoKinds);
			accounts = listOf(accounts);
		}
	}

	/**
	 * One source's account of an incident, in its own words: the participant group's code ({@code group} left out
	 * for the facilitators' account), its text, who in its view is responsible, its sources, its figures (low, best
	 * and high estimates of the dead, the wounded and the detained) and when it was given.
	 */
	public record IncidentAccountEntry(String group, String text, String responsible, String sources, Integer deadLow,
			Integer deadBest, Integer deadHigh, Integer woundedLow, Integer woundedBest, Integer woundedHigh,
			Integer detainedLow, Integer detainedBest, Integer detainedHigh, Instant givenAt) {
	}

	/**
	 * A commitment the talks carry from round to round (the commitments module's part), under its code
	 * ({@code non-use-of-force}): its title and text in each language, its makers (group codes, the co-chairs, a
	 * mechanism's code), its source (kind, round, reference, link), its audience (an audience kind, and the group's
	 * code for the kinds that name one), and each round that discussed it and each side's reading. Kinds and statuses
	 * are the commitments module's names ({@code ROUND_DECISION}, {@code STALLED}).
	 */
	public record CommitmentEntry(String code, String title, String titleRu, String titleKa, String text, String textRu,
			String textKa, List<String> groups, boolean coChairs, String mechanism, String sourceKind, Integer sourceRound,
			String sourceReference, String sourceLink, String audience, String audienceGroup, Instant recordedAt,
			List<CommitmentStepEntry> steps, List<CommitmentReadingEntry> readings) {

		public CommitmentEntry {
			groups = listOf(groups);
			steps = listOf(steps);
			readings = listOf(readings);
		}
	}

	/** A round that discussed a commitment: the status it left with, its note per language, kept from the public or not. */
	public record CommitmentStepEntry(int round, String status, String note, String noteRu, String noteKa,
			boolean confidential, String source, Instant recordedAt) {
	}

	/** A side's own reading of a commitment: its group's code, its words, when given. */
	public record CommitmentReadingEntry(String group, String text, Instant givenAt) {
	}

	private static <T> List<T> listOf(List<T> list) {
		return list == null ? List.of() : List.copyOf(list);
	}
}
