package org.mediationdesk;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.mediationdesk.platform.CommandLine;
import org.springframework.boot.SpringApplication;

/**
 * Runs a command of {@code java -jar mediation-desk.jar} in this JVM, against a given database, and returns its
 * exit code and what it printed.
 */
public record CommandRun(int exitCode, String output, String errors) {

	public static CommandRun against(String databaseUrl, String... command) {
		List<String> args = new ArrayList<>(List.of(command));
		args.add("--spring.datasource.url=" + databaseUrl);
		args.add("--spring.datasource.username=" + TestDatabase.user());
		args.add("--spring.datasource.password=" + TestDatabase.password());
		TestDatabase.auditSettings().forEach((name, value) -> args.add("--" + name + "=" + value));
		String[] arguments = args.toArray(String[]::new);
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
		ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
		System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
		int exitCode;
		try {
			SpringApplication application = CommandLine.configure(new SpringApplication(MediationDeskApplication.class),
					arguments);
			exitCode = SpringApplication.exit(application.run(arguments));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
		return new CommandRun(exitCode, capturedOut.toString(StandardCharsets.UTF_8),
				capturedErr.toString(StandardCharsets.UTF_8));
	}
}
