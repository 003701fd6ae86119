package org.mediationdesk.audit;

import org.mediationdesk.shared.DeskCommand;
import org.mediationdesk.shared.SharedProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code audit checkpoint}: signs the head of the log if it moved since the latest checkpoint, and prints the
 * latest signed head (one line of the checkpoint file) for publication. Before it signs it checks the entries from
 * the last trusted checkpoint to the head; it exits 1, naming what is wrong instead of signing, if they do not follow
 * from it, or if the checkpoint file is missing or cut short although this installation has signed before.
 *
 * <p>{@code audit checkpoint --lost-file REASON}: the operator's recovery when the checkpoint file is lost for good
 * (no copy to restore): if the log still leads from the checkpoint the database recorded, records an entry with the
 * reason and signs the head into a new file. Refused while the file is in order.
 */
@Component
@DeskCommand(value = "audit checkpoint", options = "lost-file:REASON")
@ConditionalOnProperty(name = DeskCommand.PROPERTY, havingValue = "audit-checkpoint")
class AuditCheckpointCommand implements ApplicationRunner, ExitCodeGenerator {

	private final Checkpoints checkpoints;
	private final String lostFile;
	private int exitCode = 1;

	AuditCheckpointCommand(Checkpoints checkpoints, SharedProperties command) {
		this.checkpoints = checkpoints;
		this.lostFile = command.option("lost-file");
	}

	@Override
	public void run(ApplicationArguments args) {
		Checkpoints.Signing signing = lostFile.isBlank() ? checkpoints.sign() : checkpoints.startNewFile(lostFile);
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
