package org.mediationdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;

class AccountTests {

	private static final Instant OPENED = Instant.parse("2026-03-01T09:00:00.123456789Z");
	private static final UUID GROUP = UUID.randomUUID();

	private static Account participant() {
		return Account.open("holder", "A Holder", "hash", new Assignment(Role.PARTICIPANT, null, GROUP), OPENED, false);
	}

	private static Account invited() {
		return Account.invite("invitee", "An Invitee", "invitee@example.org", "unknowable",
				new Assignment(Role.SECRETARIAT, null, null), LanguageCode.KA, OPENED);
	}

	@Test
	void opensEnabledWithItsAssignmentAndLoginsFromNowToTheMicrosecond() {
		Account account = participant();
		assertThat(account.enabled()).isTrue();
		assertThat(account.assignment()).isEqualTo(new Assignment(Role.PARTICIPANT, null, GROUP));
		assertThat(account.asViewer().belongsTo(GROUP)).isTrue();
		assertThat(account.loginsValidFrom()).isEqualTo(Instant.parse("2026-03-01T09:00:00.123456Z"));
	}

	@Test
	void disablingEndsTheOpenLogins() {
		Account account = participant();
		Instant later = OPENED.plusSeconds(3600);
		account.disable(later);
		assertThat(account.enabled()).isFalse();
		assertThat(account.loginsValidFrom()).isEqualTo(later.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
	}

	@Test
	void refusesDisablingADisabledAccountAndNamesIt() {
		Account account = participant();
		account.disable(OPENED.plusSeconds(1));
		assertThatExceptionOfType(DeskException.Conflict.class).isThrownBy(() -> account.disable(OPENED.plusSeconds(2)))
			.withMessage("account.alreadyDisabled")
			.satisfies(refused -> assertThat(refused.arguments()).containsExactly("holder"));
	}

	@Test
	void refusesEnablingAnEnabledAccountAndNamesIt() {
		Account account = participant();
		assertThatExceptionOfType(DeskException.Conflict.class).isThrownBy(account::enable)
			.withMessage("account.alreadyEnabled")
			.satisfies(refused -> assertThat(refused.arguments()).containsExactly("holder"));
		account.disable(OPENED.plusSeconds(1));
		account.enable();
		assertThat(account.enabled()).isTrue();
	}

	@Test
	void assigningAnotherRoleKeepsOnlyWhatThatRoleNeeds() {
		Account account = participant();
		account.assign(new Assignment(Role.CO_CHAIR, Institution.OSCE, GROUP));
		assertThat(account.assignment()).isEqualTo(new Assignment(Role.CO_CHAIR, Institution.OSCE, null));
		assertThat(account.asViewer().isMediator()).isTrue();
		assertThat(account.asViewer().groupId()).isNull();
	}

	@Test
	void anInvitedAccountWaitsForItsHoldersPassword() {
		Account account = invited();
		assertThat(account.awaitingPassword()).isTrue();
		assertThat(account.preferredLanguage()).isEqualTo(LanguageCode.KA);
		account.requireInvitable();
		account.acceptInvitation("chosen", OPENED.plusSeconds(60));
		assertThat(account.awaitingPassword()).isFalse();
		assertThat(account.mustChangePassword()).isFalse();
		assertThat(account.passwordHash()).isEqualTo("chosen");
	}

	@Test
	void refusesAnInvitationForAnAccountThatHasAPassword() {
		Account account = invited();
		account.acceptInvitation("chosen", OPENED.plusSeconds(60));
		assertThatExceptionOfType(DeskException.Conflict.class).isThrownBy(account::requireInvitable)
			.withMessage("invitation.notAwaiting")
			.satisfies(refused -> assertThat(refused.arguments()).containsExactly("invitee"));
		assertThatExceptionOfType(DeskException.Conflict.class)
			.isThrownBy(() -> account.acceptInvitation("again", OPENED.plusSeconds(120)))
			.withMessage("invitation.notAwaiting");
		assertThat(account.passwordHash()).isEqualTo("chosen");
	}

	@Test
	void refusesAnInvitationForADisabledAccount() {
		Account account = invited();
		account.disable(OPENED.plusSeconds(1));
		assertThatExceptionOfType(DeskException.Conflict.class).isThrownBy(account::requireInvitable)
			.withMessage("invitation.disabled")
			.satisfies(refused -> assertThat(refused.arguments()).containsExactly("invitee"));
		assertThatExceptionOfType(DeskException.NotFound.class)
			.isThrownBy(() -> account.acceptInvitation("chosen", OPENED.plusSeconds(2)));
		assertThat(account.awaitingPassword()).isTrue();
	}

	@Test
	void refusesASecondEnrolmentOfTheSecondFactor() {
		Account account = participant();
		account.enrolSecondFactor("SECRET", 7, OPENED);
		assertThatExceptionOfType(DeskException.Conflict.class)
			.isThrownBy(() -> account.enrolSecondFactor("OTHER", 8, OPENED))
			.withMessage("secondFactor.alreadyEnrolled");
		assertThat(account.secondFactorSecret()).isEqualTo("SECRET");
		assertThat(account.secondFactorLastStep()).isEqualTo(7);
	}

	@Test
	void aResetByAnAdministratorRemovesTheSecondFactorAndAsksForANewPassword() {
		Account account = invited();
		account.enrolSecondFactor("SECRET", 7, OPENED);
		account.setPasswordByAdministrator("handed-over", OPENED.plusSeconds(60));
		assertThat(account.hasSecondFactor()).isFalse();
		assertThat(account.secondFactorLastStep()).isEqualTo(-1);
		assertThat(account.mustChangePassword()).isTrue();
		assertThat(account.awaitingPassword()).isFalse();
		account.changePasswordHash("own", OPENED.plusSeconds(120));
		assertThat(account.mustChangePassword()).isFalse();
	}
}
