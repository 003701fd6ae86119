package org.mediationdesk;

import org.mediationdesk.platform.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Mediation Desk: a self-hosted platform for multilateral, mediated talks.
 *
 * <p>Run without arguments to start the web application; {@code audit verify} checks the audit chain
 * against the configured database and exits.
 */
@SpringBootApplication
public class MediationDeskApplication {

	public static void main(String[] args) {
		SpringApplication application = CommandLine.configure(new SpringApplication(MediationDeskApplication.class), args);
		var context = application.run(args);
		if (CommandLine.isCommand(args)) {
			System.exit(SpringApplication.exit(context));
		}
	}
}
