package org.mediationdesk.incidents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.mediationdesk.confidentiality.AccessPolicy;
import org.mediationdesk.confidentiality.Circle;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.incidents.MechanismEvent.JointVisitAgreed;
import org.mediationdesk.incidents.MechanismEvent.MechanismMeetingClosed;
import org.mediationdesk.incidents.MechanismEvent.MechanismMeetingScheduled;
import org.mediationdesk.incidents.MechanismEvent.MechanismRegistered;
import org.mediationdesk.incidents.MechanismEvent.MechanismResumed;
import org.mediationdesk.incidents.MechanismEvent.MechanismSuspended;
import org.mediationdesk.incidents.MechanismEvent.MeetingAgendaAdopted;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Localized;
import org.mediationdesk.terminology.TerminologyGate;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.RequestMemo;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incident mechanisms and their meetings. Anyone reads what a mechanism is and that its meetings took place,
 * with their outcomes and the facilitators' public statements; the mechanism's circle (its participant groups,
 * the co-chairs and secretariat) also reads the meetings' internals. The co-chairs and secretariat, for the
 * facilitators, register mechanisms, schedule meetings and record their steps.
 */
@Service
public class Mechanisms {

	private static final Pattern CODE = Pattern.compile("[A-Z]{2,6}");

	private final MechanismRepository mechanisms;
	private final MechanismMeetingRepository meetings;
	private final ParticipantDirectory directory;
	private final AccessPolicy policy;
	private final TerminologyGate gate;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Mechanisms(MechanismRepository mechanisms, MechanismMeetingRepository meetings, ParticipantDirectory directory,
			AccessPolicy policy, TerminologyGate gate, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.mechanisms = mechanisms;
		this.meetings = meetings;
		this.directory = directory;
		this.policy = policy;
		this.gate = gate;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<MechanismView> list(Viewer viewer) {
		return all().stream().sorted(Comparator.comparing(Mechanism::code))
			.map(mechanism -> view(viewer, mechanism)).toList();
	}

	/** A mechanism by its id or its code; 404 when there is none. */
	@Transactional(readOnly = true)
	public MechanismView mechanism(Viewer viewer, String idOrCode) {
		return view(viewer, load(idOrCode));
	}

	/** A mechanism's meetings, the latest first, as the viewer reads them. */
	@Transactional(readOnly = true)
	public List<MechanismMeetingView> meetings(Viewer viewer, String idOrCode) {
		Mechanism mechanism = load(idOrCode);
		boolean internals = inCircle(viewer, mechanism);
		return meetings.ofMechanism(mechanism.id()).stream()
			.sorted(Comparator.comparing(MechanismMeeting::heldOn).reversed()
				.thenComparing(MechanismMeeting::number, Comparator.nullsLast(Comparator.reverseOrder())))
			.map(meeting -> view(viewer, mechanism, meeting, internals)).toList();
	}

	@Transactional(readOnly = true)
	public MechanismMeetingView meeting(Viewer viewer, String idOrCode, UUID meetingId) {
		Mechanism mechanism = load(idOrCode);
		return view(viewer, mechanism, meeting(mechanism, meetingId), inCircle(viewer, mechanism));
	}

	@Transactional
	public MechanismView register(Viewer viewer, NewMechanism mechanism) {
		viewer.requireMediator();
		Mechanism registered = mechanisms.save(Mechanism.register(checked(mechanism)));
		events.publishEvent(new MechanismRegistered(viewer.username(), registered.id(), registered.code()));
		return view(viewer, registered);
	}

	/**
	 * Suspends a mechanism from a day, saying why and where that was made public: the reason is the mediators'
	 * own wording, read by everyone, so it passes the terminology gate first.
	 */
	@Transactional
	public MechanismView suspend(Viewer viewer, String idOrCode, LocalDate from, Localized reason, String source) {
		viewer.requireMediator();
		Mechanism mechanism = load(idOrCode);
		if (from == null) {
			throw new DeskException.Invalid("mechanisms.suspensionDateRequired");
		}
		Localized checkedReason = IncidentChecks.localized(reason, 500, "mechanisms.suspensionReasonRequired");
		if (source == null || source.isBlank()) {
			throw new DeskException.Invalid("mechanisms.suspensionSourceRequired");
		}
		String address = IncidentChecks.address(source);
		gate.requireNeutral(List.of(LanguageCode.values()).stream()
			.map(language -> new TerminologyGate.Passage(TerminologyGate.Place.of("reason"), language,
					checkedReason.get(language)))
			.toList());
		mechanism.suspend(from, checkedReason, address);
		mechanisms.save(mechanism);
		events.publishEvent(new MechanismSuspended(viewer.username(), mechanism.id(), from));
		return view(viewer, mechanism);
	}

	@Transactional
	public MechanismView resume(Viewer viewer, String idOrCode, LocalDate on) {
		viewer.requireMediator();
		Mechanism mechanism = load(idOrCode);
		if (on == null) {
			throw new DeskException.Invalid("mechanisms.resumptionDateRequired");
		}
		mechanism.resume(on);
		mechanisms.save(mechanism);
		events.publishEvent(new MechanismResumed(viewer.username(), mechanism.id(), on));
		return view(viewer, mechanism);
	}

	/** Schedules a meeting, numbered next in its kind's series. */
	@Transactional
	public MechanismMeetingView schedule(Viewer viewer, String idOrCode, NewMechanismMeeting meeting) {
		viewer.requireMediator();
		Mechanism mechanism = load(idOrCode);
		NewMechanismMeeting checked = checked(meeting);
		MechanismMeeting scheduled = meetings.save(MechanismMeeting.schedule(mechanism.id(),
				nextNumber(mechanism.id(), checked.kind()), checked));
		events.publishEvent(new MechanismMeetingScheduled(viewer.username(), mechanism.id(), scheduled.id(),
				scheduled.kind(), scheduled.number()));
		return view(viewer, mechanism, scheduled, true);
	}

	@Transactional
	public MechanismMeetingView adoptAgenda(Viewer viewer, String idOrCode, UUID meetingId) {
		viewer.requireMediator();
		Mechanism mechanism = load(idOrCode);
		MechanismMeeting meeting = meeting(mechanism, meetingId);
		meeting.adoptAgenda(viewer.username(), clock.instant());
		meetings.save(meeting);
		events.publishEvent(new MeetingAgendaAdopted(viewer.username(), mechanism.id(), meeting.id()));
		return view(viewer, mechanism, meeting, true);
	}

	@Transactional
	public MechanismMeetingView agreeJointVisit(Viewer viewer, String idOrCode, UUID meetingId, JointVisit visit) {
		viewer.requireMediator();
		Mechanism mechanism = load(idOrCode);
		MechanismMeeting meeting = meeting(mechanism, meetingId);
		meeting.agreeJointVisit(visit == null ? null : new JointVisit(IncidentChecks.line(visit.place(), 200,
				"mechanisms.jointVisitIncomplete"), IncidentChecks.text(visit.purpose(), 1000, "mechanisms.jointVisitIncomplete")));
		meetings.save(meeting);
		events.publishEvent(new JointVisitAgreed(viewer.username(), mechanism.id(), meeting.id()));
		return view(viewer, mechanism, meeting, true);
	}

	/** Closes a meeting; the facilitators' public statement passes the terminology gate first. */
	@Transactional
	public MechanismMeetingView close(Viewer viewer, String idOrCode, UUID meetingId, CloseMeeting close) {
		viewer.requireMediator();
		Mechanism mechanism = load(idOrCode);
		MechanismMeeting meeting = meeting(mechanism, meetingId);
		if (close == null) {
			throw new DeskException.Invalid("mechanisms.closeOutcome");
		}
		Localized statement = close.statement() == null ? new Localized(null, null, null) : close.statement();
		for (LanguageCode language : LanguageCode.values()) {
			if (statement.get(language) != null && statement.get(language).length() > 4000) {
				throw new DeskException.Invalid("mechanisms.statementTooLong", 4000);
			}
		}
		gate.requireNeutral(List.of(LanguageCode.values()).stream()
			.map(language -> new TerminologyGate.Passage(TerminologyGate.Place.of("statement"), language,
					statement.get(language)))
			.toList());
		meeting.close(close.outcome(), close.nextOn(), statement, IncidentChecks.address(close.source()));
		meetings.save(meeting);
		events.publishEvent(new MechanismMeetingClosed(viewer.username(), mechanism.id(), meeting.id(), meeting.outcome()));
		return view(viewer, mechanism, meeting, true);
	}

	/** Records that a meeting will not take place as scheduled: postponed, or not held at all. */
	@Transactional
	public MechanismMeetingView notHeld(Viewer viewer, String idOrCode, UUID meetingId, boolean postponed) {
		viewer.requireMediator();
		Mechanism mechanism = load(idOrCode);
		MechanismMeeting meeting = meeting(mechanism, meetingId);
		if (postponed) {
			meeting.postpone();
		}
		else {
			meeting.callOff();
		}
		meetings.save(meeting);
		events.publishEvent(new MechanismMeetingClosed(viewer.username(), mechanism.id(), meeting.id(), meeting.outcome()));
		return view(viewer, mechanism, meeting, true);
	}

	/** The mechanisms whose register the viewer sees: those of whose circle the viewer is. */
	/**
	 * Whether the viewer is in the circle of some mechanism: one small read, not the mechanisms themselves, since the
	 * navigation of every logged-in page asks it.
	 */
	boolean inSomeCircle(Viewer viewer) {
		List<UUID> groups = jdbc.sql("SELECT g.group_id FROM mechanism m LEFT JOIN mechanism_group g ON g.mechanism = m.id")
			.query(UUID.class)
			.list();
		return !groups.isEmpty() && policy.maySee(viewer, new Circle(groups.stream().filter(Objects::nonNull)
			.collect(Collectors.toSet())));
	}

	List<Mechanism> registersOf(Viewer viewer) {
		return all().stream().filter(mechanism -> inCircle(viewer, mechanism))
			.sorted(Comparator.comparing(Mechanism::code)).toList();
	}

	boolean inCircle(Viewer viewer, Mechanism mechanism) {
		return policy.maySee(viewer, new Circle(mechanism.groupIds()));
	}

	/** A mechanism by its id or its code. */
	Mechanism load(String idOrCode) {
		return find(idOrCode).orElseThrow(DeskException.NotFound::new);
	}

	Optional<Mechanism> find(String idOrCode) {
		if (idOrCode == null || idOrCode.isBlank()) {
			return Optional.empty();
		}
		String wanted = idOrCode.strip();
		return all().stream()
			.filter(mechanism -> mechanism.id().toString().equalsIgnoreCase(wanted)
					|| mechanism.code().equals(wanted.toUpperCase(Locale.ROOT)))
			.findFirst();
	}

	/** Every mechanism (a handful), read once per reading request: a page names its mechanisms many times. */
	private List<Mechanism> all() {
		return RequestMemo.once("mechanisms", mechanisms::findAll);
	}

	private MechanismMeeting meeting(Mechanism mechanism, UUID meetingId) {
		return meetings.findById(meetingId).filter(meeting -> meeting.mechanismId().equals(mechanism.id()))
			.orElseThrow(DeskException.NotFound::new);
	}

	int nextNumber(UUID mechanism, MechanismMeetingKind kind) {
		Integer last = jdbc.sql("SELECT MAX(number) FROM mechanism_meeting WHERE mechanism_id = :mechanism AND kind = :kind")
			.param("mechanism", mechanism).param("kind", kind.name()).query(Integer.class).optional().orElse(null);
		return last == null ? 1 : last + 1;
	}

	private NewMechanism checked(NewMechanism mechanism) {
		if (mechanism == null || mechanism.code() == null || !CODE.matcher(mechanism.code().strip()).matches()) {
			throw new DeskException.Invalid("mechanisms.codeInvalid");
		}
		String code = mechanism.code().strip();
		if (mechanisms.findByCode(code).isPresent()) {
			throw new DeskException.Conflict("mechanisms.codeTaken", code);
		}
		Localized name = IncidentChecks.localized(mechanism.name(), 200, "mechanisms.nameRequired");
		Localized theatre = IncidentChecks.localized(mechanism.theatre(), 200, "mechanisms.theatreRequired");
		if (mechanism.facilitators().isEmpty() || mechanism.facilitators().stream().anyMatch(Objects::isNull)) {
			throw new DeskException.Invalid("mechanisms.facilitatorsRequired");
		}
		if (mechanism.groups().size() < 2 || mechanism.groups().stream().anyMatch(g -> g == null || directory.group(g).isEmpty())) {
			throw new DeskException.Invalid("mechanisms.groupsRequired");
		}
		if (mechanism.rhythm() == null) {
			throw new DeskException.Invalid("mechanisms.rhythmRequired");
		}
		Localized operator = mechanism.hotlineOperator() == null || mechanism.hotlineOperator().isEmpty() ? null
				: IncidentChecks.localized(mechanism.hotlineOperator(), 200, "mechanisms.operatorInvalid");
		return new NewMechanism(code, name, theatre, List.copyOf(new LinkedHashSet<>(mechanism.facilitators())),
				List.copyOf(Set.copyOf(mechanism.groups())), operator, mechanism.rhythm());
	}

	private NewMechanismMeeting checked(NewMechanismMeeting meeting) {
		if (meeting == null || meeting.kind() == null) {
			throw new DeskException.Invalid("mechanisms.kindRequired");
		}
		if (meeting.heldOn() == null) {
			throw new DeskException.Invalid("mechanisms.dateRequired");
		}
		String venue = meeting.venue() == null || meeting.venue().isBlank() ? null
				: IncidentChecks.line(meeting.venue(), 200, "mechanisms.venueTooLong");
		if (meeting.agenda().size() > 20) {
			throw new DeskException.Invalid("mechanisms.agendaTooLong", 20);
		}
		List<String> agenda = meeting.agenda().stream().filter(item -> item != null && !item.isBlank())
			.map(item -> IncidentChecks.line(item, 300, "mechanisms.agendaItemTooLong")).toList();
		return new NewMechanismMeeting(meeting.kind(), meeting.heldOn(), meeting.datePrecision(), venue, agenda);
	}

	MechanismView view(Viewer viewer, Mechanism mechanism) {
		List<MechanismView.Suspension> suspensions = mechanism.suspensions().stream().map(Mechanisms::suspension).toList();
		List<GroupView> groups = mechanism.groupIds().stream().map(directory::group).flatMap(Optional::stream)
			.sorted(Comparator.comparing(GroupView::code)).toList();
		return new MechanismView(mechanism.id(), mechanism.code(), mechanism.name(), mechanism.theatre(),
				mechanism.facilitators(), groups, mechanism.hotlineOperator(), mechanism.rhythm(), suspensions,
				mechanism.currentSuspension().map(Mechanisms::suspension).orElse(null), inCircle(viewer, mechanism),
				viewer.isMediator() ? mechanism.availableActions() : Set.of());
	}

	private static MechanismView.Suspension suspension(MechanismSuspension s) {
		return new MechanismView.Suspension(s.suspendedOn(), s.resumedOn(),
				new Localized(s.reason(), s.reasonRu(), s.reasonKa()), s.source());
	}

	private static MechanismMeetingView view(Viewer viewer, Mechanism mechanism, MechanismMeeting meeting,
			boolean internals) {
		Set<MeetingAction> actions = viewer.isMediator() ? meeting.availableActions() : EnumSet.noneOf(MeetingAction.class);
		return new MechanismMeetingView(meeting.id(), mechanism.id(), mechanism.code(), meeting.kind(), meeting.number(),
				meeting.heldOn(), meeting.datePrecision(), meeting.outcome(), meeting.statement(), meeting.source(),
				internals, internals ? meeting.venue() : null, internals ? List.of(StandingItem.values()) : List.of(),
				internals ? meeting.agenda() : List.of(), internals && meeting.agendaAdoptedAt() != null,
				internals ? meeting.jointVisits() : List.of(), internals ? meeting.nextOn() : null, actions);
	}
}
