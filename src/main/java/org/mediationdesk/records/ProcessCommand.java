package org.mediationdesk.records;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.process.ProcessFileRejected;
import org.mediationdesk.shared.DeskCommand;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.SharedProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import java.util.Objects;

/**
 * {@code process import FILE} and {@code process export FILE}. The operator at the command line reads what
 * the secretariat reads; a group's private accounts are not exported. Exits 0 on success, 1 otherwise,
 * printing what went wrong (for a refused file, every problem with its line and field).
 */
@Component
@DeskCommand(value = { "process import", "process export" }, files = 1)
@ConditionalOnExpression("'${" + DeskCommand.PROPERTY + ":none}'.startsWith('process-')")
class ProcessCommand implements ApplicationRunner, ExitCodeGenerator {

	/** Who runs the command: reads as the secretariat does, and is named so in the audit log. */
	private static final Viewer OPERATOR = new Viewer(null, "command line", Role.SECRETARIAT, null, null);

	private final ProcessTransfer transfer;
	private final MessageSource messages;
	private final String command;
	private final Path file;
	private int exitCode = 1;

	ProcessCommand(ProcessTransfer transfer, MessageSource messages, SharedProperties properties) {
		this.transfer = transfer;
		this.messages = messages;
		this.command = properties.command();
		this.file = Objects.requireNonNull(properties.commandFile(),
				"the command's file (" + DeskCommand.FILE_PROPERTY + ")");
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			if (command.equals("process-import")) {
				ProcessTransfer.Imported imported = transfer.importFile(OPERATOR.username(), Files.readAllBytes(file));
				System.out.printf("Imported the process %s from %s: %d rounds, %d attendance events, %d accounts.%n",
						imported.processCode(), file, imported.rounds(), imported.attendanceEvents(),
						imported.accounts());
			}
			else {
				Files.write(file, transfer.export(OPERATOR));
				System.out.println("Exported the process record to " + file);
			}
			exitCode = 0;
		}
		catch (ProcessFileRejected rejected) {
			System.err.println(message(rejected.code(), rejected.arguments()) + " " + file);
			for (ProcessFileRejected.Problem problem : rejected.problems()) {
				System.err.println("  " + message("import.problem", problem.line(), problem.field(),
						message(problem.code(), problem.arguments().toArray())));
			}
		}
		catch (DeskException refused) {
			System.err.println(message(refused.code(), refused.arguments()));
		}
		catch (IOException e) {
			System.err.println("Cannot " + (command.equals("process-import") ? "read " : "write ") + file + ": " + e);
		}
	}

	private String message(String code, Object... arguments) {
		return messages.getMessage(code, arguments, code, Locale.ENGLISH);
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}
}
