package org.mediationdesk.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.Localized;

class MechanismTests {

	private static Mechanism gali() {
		return Mechanism.register(new NewMechanism("GAL", Localized.english("Gali mechanism"), Localized.english("Abkhazia"),
				List.of(Institution.UN), List.of(UUID.randomUUID(), UUID.randomUUID()), Localized.english("United Nations"),
				Rhythm.MONTHLY));
	}

	@Test
	void showsItselfSuspendedWhileASuspensionIsOpen() {
		Mechanism gali = gali();
		gali.suspend(LocalDate.of(2012, 4, 1), Localized.english("Head of mission unwelcome"), null);
		gali.resume(LocalDate.of(2016, 5, 27));
		assertThat(gali.currentSuspension()).isEmpty();
		assertThat(gali.availableActions()).containsExactly(MechanismAction.SCHEDULE_MEETING, MechanismAction.SUSPEND);
		gali.suspend(LocalDate.of(2018, 6, 27), Localized.english("Agenda not agreed"), "https://civil.ge/archives/245157");
		assertThat(gali.currentSuspension()).hasValueSatisfying(open -> {
			assertThat(open.suspendedOn()).isEqualTo(LocalDate.of(2018, 6, 27));
			assertThat(open.resumedOn()).isNull();
		});
		assertThat(gali.availableActions()).containsExactly(MechanismAction.SCHEDULE_MEETING, MechanismAction.RESUME);
		assertThat(gali.suspensions()).hasSize(2);
	}

	@Test
	void refusesASecondOpenSuspensionSayingWhichMechanism() {
		Mechanism gali = gali();
		gali.suspend(LocalDate.of(2018, 6, 27), Localized.english("Agenda not agreed"), null);
		assertThatThrownBy(() -> gali.suspend(LocalDate.of(2019, 1, 1), Localized.english("Again"), null))
			.isInstanceOf(DeskException.Conflict.class)
			.hasMessage("mechanisms.alreadySuspended");
	}

	@Test
	void refusesASuspensionThatOverlapsTheLastOrAResumptionBeforeItsStart() {
		Mechanism gali = gali();
		gali.suspend(LocalDate.of(2012, 4, 1), Localized.english("Pause"), null);
		assertThatThrownBy(() -> gali.resume(LocalDate.of(2012, 3, 1))).isInstanceOf(DeskException.Invalid.class)
			.hasMessage("mechanisms.resumedBeforeSuspended");
		gali.resume(LocalDate.of(2016, 5, 27));
		assertThatThrownBy(() -> gali.suspend(LocalDate.of(2015, 1, 1), Localized.english("Earlier"), null))
			.isInstanceOf(DeskException.Invalid.class).hasMessage("mechanisms.suspensionOverlaps");
		assertThatThrownBy(() -> gali.resume(LocalDate.of(2017, 1, 1))).isInstanceOf(DeskException.Conflict.class)
			.hasMessage("mechanisms.notSuspended");
	}

	@Test
	void refusesASuspensionWithoutAReason() {
		assertThatThrownBy(() -> gali().suspend(LocalDate.of(2018, 6, 27), null, null))
			.isInstanceOf(DeskException.Invalid.class).hasMessage("mechanisms.suspensionReasonRequired");
	}

	@Test
	void keepsItsFacilitatorsAndGroups() {
		Mechanism gali = gali();
		assertThat(gali.facilitators()).containsExactly(Institution.UN);
		assertThat(gali.groupIds()).hasSize(2);
		assertThat(gali.hotlineOperator().en()).isEqualTo("United Nations");
	}
}
