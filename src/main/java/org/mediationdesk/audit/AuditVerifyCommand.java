package org.mediationdesk.audit;

import java.nio.file.Path;

import org.mediationdesk.shared.DeskCommand;
import org.mediationdesk.shared.SharedProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code audit verify [--checkpoint FILE]}: checks the chain in the configured database and the log against the
 * latest signed checkpoint (of the checkpoint file, or of FILE: a head kept elsewhere), prints the result, exits
 * 0 or 1.
 */
@Component
@DeskCommand(value = "audit verify", options = "checkpoint")
@ConditionalOnProperty(name = DeskCommand.PROPERTY, havingValue = "audit-verify")
class AuditVerifyCommand implements ApplicationRunner, ExitCodeGenerator {

	private final Checkpoints checkpoints;
	private final String checkpointFile;
	private int exitCode = 1;

	AuditVerifyCommand(Checkpoints checkpoints, SharedProperties command) {
		this.checkpoints = checkpoints;
		this.checkpointFile = command.option("checkpoint");
	}

	@Override
	public void run(ApplicationArguments args) {
		ChainStatus status = checkpointFile.isBlank() ? checkpoints.verify() : checkpoints.verify(Path.of(checkpointFile));
		System.out.println(status.describe());
		exitCode = status.intact() ? 0 : 1;
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}
}
