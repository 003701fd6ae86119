package org.mediationdesk.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.Localized;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * An incident prevention and response mechanism: where the security actors of the sides meet near the line,
 * under its facilitators (institutions), with its participant groups and its hotline operator. It guards its
 * suspension periods: one open at most, none overlapping, each resumed after it began.
 */
class Mechanism {

	@Id
	private UUID id;
	private String code;
	private String name;
	private String nameRu;
	private String nameKa;
	private String theatre;
	private String theatreRu;
	private String theatreKa;
	private String facilitators;
	private String hotlineOperator;
	private String hotlineOperatorRu;
	private String hotlineOperatorKa;
	private Rhythm rhythm;
	private Set<MechanismGroup> groups = new HashSet<>();
	private List<MechanismSuspension> suspensions = new ArrayList<>();
	@Version
	private Long version;

	@PersistenceCreator
	Mechanism() {
	}

	static Mechanism register(NewMechanism mechanism) {
		Mechanism registered = new Mechanism();
		registered.id = UUID.randomUUID();
		registered.code = mechanism.code();
		registered.name = mechanism.name().en();
		registered.nameRu = mechanism.name().ru();
		registered.nameKa = mechanism.name().ka();
		registered.theatre = mechanism.theatre().en();
		registered.theatreRu = mechanism.theatre().ru();
		registered.theatreKa = mechanism.theatre().ka();
		registered.facilitators = mechanism.facilitators().stream().map(Institution::name).collect(Collectors.joining(","));
		Localized operator = mechanism.hotlineOperator() == null ? new Localized(null, null, null) : mechanism.hotlineOperator();
		registered.hotlineOperator = operator.en();
		registered.hotlineOperatorRu = operator.ru();
		registered.hotlineOperatorKa = operator.ka();
		registered.rhythm = mechanism.rhythm();
		mechanism.groups().forEach(group -> registered.groups.add(new MechanismGroup(group)));
		return registered;
	}

	/** Suspends the mechanism from a day; refused while a suspension is open or before the last one ended. */
	void suspend(LocalDate from, Localized reason, String source) {
		if (currentSuspension().isPresent()) {
			throw new DeskException.Conflict("mechanisms.alreadySuspended", code, currentSuspension().get().suspendedOn());
		}
		if (reason == null || reason.en() == null) {
			throw new DeskException.Invalid("mechanisms.suspensionReasonRequired");
		}
		LocalDate lastEnd = suspensions.stream().map(MechanismSuspension::resumedOn).max(LocalDate::compareTo).orElse(null);
		if (from == null || (lastEnd != null && from.isBefore(lastEnd))) {
			throw new DeskException.Invalid("mechanisms.suspensionOverlaps", lastEnd);
		}
		suspensions.add(new MechanismSuspension(from, null, reason.en(), reason.ru(), reason.ka(), source));
	}

	/** Ends the open suspension on a day; refused when none is open. */
	void resume(LocalDate on) {
		MechanismSuspension open = currentSuspension()
			.orElseThrow(() -> new DeskException.Conflict("mechanisms.notSuspended", code));
		if (on == null || on.isBefore(open.suspendedOn())) {
			throw new DeskException.Invalid("mechanisms.resumedBeforeSuspended", open.suspendedOn());
		}
		suspensions.set(suspensions.indexOf(open), open.resumed(on));
	}

	/** Records a past suspension period as the record gives it (closed or open). */
	void recordSuspension(MechanismSuspension suspension) {
		if (suspension.resumedOn() == null) {
			suspend(suspension.suspendedOn(), new Localized(suspension.reason(), suspension.reasonRu(),
					suspension.reasonKa()), suspension.source());
			return;
		}
		suspend(suspension.suspendedOn(), new Localized(suspension.reason(), suspension.reasonRu(), suspension.reasonKa()),
				suspension.source());
		resume(suspension.resumedOn());
	}

	Optional<MechanismSuspension> currentSuspension() {
		return suspensions.stream().filter(MechanismSuspension::open).findFirst();
	}

	Set<MechanismAction> availableActions() {
		Set<MechanismAction> actions = new LinkedHashSet<>();
		actions.add(MechanismAction.SCHEDULE_MEETING);
		actions.add(currentSuspension().isPresent() ? MechanismAction.RESUME : MechanismAction.SUSPEND);
		return actions;
	}

	UUID id() {
		return id;
	}

	String code() {
		return code;
	}

	Localized name() {
		return new Localized(name, nameRu, nameKa);
	}

	Localized theatre() {
		return new Localized(theatre, theatreRu, theatreKa);
	}

	Localized hotlineOperator() {
		return new Localized(hotlineOperator, hotlineOperatorRu, hotlineOperatorKa);
	}

	List<Institution> facilitators() {
		return Arrays.stream(facilitators.split(",")).filter(s -> !s.isBlank()).map(Institution::valueOf).toList();
	}

	Rhythm rhythm() {
		return rhythm;
	}

	Set<UUID> groupIds() {
		return groups.stream().map(MechanismGroup::groupId).collect(Collectors.toSet());
	}

	List<MechanismSuspension> suspensions() {
		return List.copyOf(suspensions);
	}
}
