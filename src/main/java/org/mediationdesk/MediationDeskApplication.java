package org.mediationdesk;

import org.mediationdesk.formats.FormatsCommand;
import org.mediationdesk.platform.CommandLine;
import org.mediationdesk.terminology.LintCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Mediation Desk: a self-hosted platform for multilateral, mediated talks.
 *
 * <p>Run without arguments to start the web application. {@code audit verify}, {@code process import} and
 * {@code process export} run against the configured database and exit; {@code terminology lint} checks files
 * against the glossary and {@code formats check|propose|cascade} answers about a scenario file, both without
 * starting the application.
 */
@SpringBootApplication
public class MediationDeskApplication {

	public static void main(String[] args) {
		if (LintCommand.matches(args)) {
			// the linter needs neither the application nor a database
			System.exit(LintCommand.run(args, System.out, System.err));
		}
		if (FormatsCommand.matches(args)) {
			// nor does the format solver on a scenario file
			System.exit(FormatsCommand.run(args, System.out, System.err));
		}
		SpringApplication application = CommandLine.configure(new SpringApplication(MediationDeskApplication.class), args);
		ConfigurableApplicationContext context;
		try {
			context = application.run(args);
		}
		catch (RuntimeException failure) {
			if (CommandLine.refusedInOneLine(failure)) {
				// already said in one line (a missing setting, the database in use by another process)
				System.exit(1);
			}
			throw failure;
		}
		if (CommandLine.isCommand(args)) {
			System.exit(SpringApplication.exit(context));
		}
	}
}
