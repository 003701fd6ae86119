package org.mediationdesk.identity;

import org.mediationdesk.shared.DeskCommand;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code second-factor rotate-key}: encrypts every second factor's secret again under a new key, which then takes
 * the place of the old key file; the old key is kept beside it ({@code .previous}) until every secret is under the
 * new one. Cut short at any step, it leaves every secret readable, and running it again finishes the rotation.
 * Prints what it did and exits 0, or why it stopped and exits 1.
 */
@Component
@DeskCommand("second-factor rotate-key")
@ConditionalOnProperty(name = DeskCommand.PROPERTY, havingValue = "second-factor-rotate-key")
class SecondFactorKeyCommand implements ApplicationRunner, ExitCodeGenerator {

	private final SecondFactorSecrets secrets;
	private int exitCode = 1;

	SecondFactorKeyCommand(SecondFactorSecrets secrets) {
		this.secrets = secrets;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			SecondFactorSecrets.Rotation rotation = secrets.rotate();
			System.out.println("second factor key rotated from " + rotation.from() + " to " + rotation.to() + ": "
					+ rotation.secrets() + " secrets encrypted again; the old key is removed");
			exitCode = 0;
		}
		catch (RuntimeException stopped) {
			System.out.println("second factor key not rotated: " + stopped.getMessage()
					+ " (every secret is still readable; run the command again)");
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}
}
