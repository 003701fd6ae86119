package org.mediationdesk.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.mediationdesk.identity.AccountChanged.Change;
import org.mediationdesk.shared.DeskException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of a login: time-based one-time codes (RFC 6238) from an authenticator app, and recovery codes
 * for when the app is lost. Each holder enrols, renews their recovery codes and removes the factor themselves (where
 * their role does not require it); the login asks for a code after the password.
 */
@Service
public class SecondFactor {

	private final AccountRepository accounts;
	private final RecoveryCodes recoveryCodes;
	private final LoginThrottle throttle;
	private final Logins logins;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final SecondFactorSecrets secrets;

	SecondFactor(AccountRepository accounts, RecoveryCodes recoveryCodes, LoginThrottle throttle, Logins logins,
			ApplicationEventPublisher events, Clock clock, SecondFactorSecrets secrets) {
		this.secrets = secrets;
		this.accounts = accounts;
		this.recoveryCodes = recoveryCodes;
		this.throttle = throttle;
		this.logins = logins;
		this.events = events;
		this.clock = clock;
	}

	/** What the second-factor page shows of the viewer's account. */
	public record Status(boolean enrolled, Instant since, int recoveryCodesLeft, boolean required) {
	}

	/** A secret offered for enrolment, with the address and QR code that carry it to an authenticator app. */
	record Enrolment(String secret, String address, String qrImage) {
	}

	@Transactional(readOnly = true)
	public Status status(Viewer viewer) {
		Account account = own(viewer);
		return new Status(account.hasSecondFactor(), account.secondFactorSince(),
				account.hasSecondFactor() ? recoveryCodes.remaining(account.id()) : 0,
				logins.secondFactorRequired(account.role()));
	}

	/** A new secret for the viewer to enrol (kept by the caller until confirmed with a code; nothing is stored). */
	Enrolment offerEnrolment(Viewer viewer, String secret) {
		viewer.requireLoggedIn();
		String chosen = secret == null ? OneTimeCodes.newSecret() : secret;
		String address = OneTimeCodes.enrolmentAddress(viewer.username(), chosen);
		return new Enrolment(chosen, address, OneTimeCodes.qrImage(address));
	}

	/**
	 * Enrols the second factor with a secret offered earlier, once a code from the app proves it was taken up;
	 * returns the recovery codes, shown this once.
	 */
	@Transactional
	List<String> enrol(Viewer viewer, String secret, String code) {
		Account account = own(viewer);
		if (account.hasSecondFactor()) {
			throw new DeskException.Conflict("secondFactor.alreadyEnrolled");
		}
		long step = OneTimeCodes.matchingStep(secret, code, clock.instant(), -1)
			.orElseThrow(() -> new DeskException.Invalid("secondFactor.codeWrong"));
		account.enrolSecondFactor(secrets.seal(account.id(), secret), step, clock.instant());
		accounts.save(account);
		List<String> codes = recoveryCodes.renew(account.id());
		events.publishEvent(new AccountChanged(viewer.username(), Change.SECOND_FACTOR_ENROLLED, account.id(),
				account.username(), ""));
		return codes;
	}

	/** Removes the viewer's second factor, on a current code; refused where the role requires one. */
	@Transactional(noRollbackFor = DeskException.Invalid.class)
	void remove(Viewer viewer, String code, String address) {
		Account account = own(viewer);
		if (!account.hasSecondFactor()) {
			throw new DeskException.Conflict("secondFactor.notEnrolled");
		}
		if (logins.secondFactorRequired(account.role())) {
			throw new DeskException.Invalid("secondFactor.requiredForRole");
		}
		requireCode(account, code, address);
		account.removeSecondFactor();
		accounts.save(account);
		recoveryCodes.remove(account.id());
		events.publishEvent(new AccountChanged(viewer.username(), Change.SECOND_FACTOR_REMOVED, account.id(),
				account.username(), ""));
	}

	/** New recovery codes for the viewer, on a current code; the old ones stop working. */
	@Transactional(noRollbackFor = DeskException.Invalid.class)
	List<String> renewRecoveryCodes(Viewer viewer, String code, String address) {
		Account account = own(viewer);
		if (!account.hasSecondFactor()) {
			throw new DeskException.Conflict("secondFactor.notEnrolled");
		}
		requireCode(account, code, address);
		accounts.save(account);
		List<String> codes = recoveryCodes.renew(account.id());
		events.publishEvent(new AccountChanged(viewer.username(), Change.RECOVERY_CODES_RENEWED, account.id(),
				account.username(), ""));
		return codes;
	}

	/**
	 * The second step of a login: the password was right, and this is the code from the authenticator app or a
	 * recovery code. Refused at once, without looking at the code, while this account and address must wait
	 * (the same throttle as for passwords); a wrong code counts as a failure there.
	 */
	@Transactional(noRollbackFor = WrongCodeException.class)
	DeskUser secondStep(UUID accountId, String code, String address) {
		Account account = accounts.findById(accountId)
			.filter(Account::enabled)
			.filter(Account::hasSecondFactor)
			.orElseThrow(() -> new WrongCodeException(false));
		Optional<Instant> wait = throttle.waitUntil(account.username(), address);
		if (wait.isPresent()) {
			throw new LoginDelayedException(wait.get());
		}
		var step = OneTimeCodes.matchingStep(secrets.open(account.id(), account.secondFactorSecret()), code, clock.instant(),
				account.secondFactorLastStep());
		if (step.isPresent()) {
			account.usedStep(step.getAsLong());
			accounts.save(account);
		}
		else if (recoveryCodes.use(accountId, code)) {
			events.publishEvent(new AccountChanged(account.username(), Change.RECOVERY_CODE_USED, account.id(),
					account.username(), recoveryCodes.remaining(accountId) + " left"));
		}
		else {
			throttle.failed(account.username(), address);
			throw new WrongCodeException(true);
		}
		throttle.succeeded(account.username(), address);
		return logins.user(account, null);
	}

	/**
	 * A current code for a change to the second factor itself, under the same throttle as the login's second
	 * step: whoever holds a session but not the phone cannot guess their way to removing the factor. A refusal
	 * changes nothing but the throttle's count (the callers do not roll it back).
	 */
	private void requireCode(Account account, String code, String address) {
		Optional<Instant> wait = throttle.waitUntil(account.username(), address);
		if (wait.isPresent()) {
			throw new DeskException.Invalid("secondFactor.delayed", SecondStepController.TIME.format(wait.get()));
		}
		var step = OneTimeCodes.matchingStep(secrets.open(account.id(), account.secondFactorSecret()), code, clock.instant(),
				account.secondFactorLastStep());
		if (step.isEmpty()) {
			throttle.failed(account.username(), address);
			throw new DeskException.Invalid("secondFactor.codeWrong");
		}
		account.usedStep(step.getAsLong());
	}

	/** The viewer's own account: anyone logged in, for their own second factor only. */
	private Account own(Viewer viewer) {
		viewer.requireLoggedIn();
		return accounts.findById(viewer.accountId()).orElseThrow(DeskException.NotFound::new);
	}
}
