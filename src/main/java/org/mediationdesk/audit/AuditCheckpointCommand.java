package org.mediationdesk.audit;

import org.mediationdesk.shared.DeskCommand;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code audit checkpoint}: signs the head of the log if it moved since the latest checkpoint, and prints the
 * latest signed head (one line of the checkpoint file) for publication. Exits 1 if the log does not follow from
 * the latest checkpoint, which it then names instead of signing.
 */
@Component
@DeskCommand("audit checkpoint")
@ConditionalOnProperty(name = DeskCommand.PROPERTY, havingValue = "audit-checkpoint")
class AuditCheckpointCommand implements ApplicationRunner, ExitCodeGenerator {

	private final Checkpoints checkpoints;
	private int exitCode = 1;

	AuditCheckpointCommand(Checkpoints checkpoints) {
		this.checkpoints = checkpoints;
	}

	@Override
	public void run(ApplicationArguments args) {
		Checkpoints.Signing signing = checkpoints.sign();
		switch (signing.outcome()) {
			case SIGNED, UNCHANGED -> {
				System.out.println(signing.latest().line());
				exitCode = 0;
			}
			case EMPTY -> {
				System.out.println("the audit log is empty: there is no head to sign yet");
				exitCode = 0;
			}
			case REFUSED -> System.out.println("not signed: " + signing.reason());
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}
}
