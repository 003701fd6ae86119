package org.mediationdesk.audit;

import org.mediationdesk.shared.DeskCommand;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@code audit verify}: checks the chain in the configured database, prints the result, exits 0 or 1. */
@Component
@DeskCommand("audit verify")
@ConditionalOnProperty(name = DeskCommand.PROPERTY, havingValue = "audit-verify")
class AuditVerifyCommand implements ApplicationRunner, ExitCodeGenerator {

	private final AuditLog log;
	private int exitCode = 1;

	AuditVerifyCommand(AuditLog log) {
		this.log = log;
	}

	@Override
	public void run(ApplicationArguments args) {
		ChainStatus status = log.verify();
		System.out.println(status.describe());
		exitCode = status.intact() ? 0 : 1;
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}
}
