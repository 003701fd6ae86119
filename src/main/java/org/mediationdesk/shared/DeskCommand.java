package org.mediationdesk.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the runner of a command of {@code java -jar mediation-desk.jar} that runs against the configured
 * database and exits, such as {@code audit verify} or {@code process export FILE}. The module that owns the
 * command declares it here, on its runner; the command line finds the runners so marked before the application
 * starts, so that an unknown command, or one with the wrong number of files, is refused without connecting
 * anywhere. The application then starts without its web server, with {@link #PROPERTY} set to the command's name
 * (its words joined by a hyphen: {@code process-export}) and {@link #FILE_PROPERTY} to its file; the runner is
 * conditional on that name.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface DeskCommand {

	/** The name of the command being run, or absent when the web application runs. */
	String PROPERTY = "mediationdesk.command";

	/** The file the command reads or writes. */
	String FILE_PROPERTY = "mediationdesk.command-file";

	/** Where the value of a command's option is put: {@code --checkpoint FILE} as {@code mediationdesk.command-option.checkpoint}. */
	String OPTION_PREFIX = "mediationdesk.command-option.";

	/** The words of each command the runner runs, such as {@code "process import"}. */
	String[] value();

	/** How many file arguments each of these commands takes (zero or one). */
	int files() default 0;

	/**
	 * The options that take a value ({@code --checkpoint FILE} or {@code --checkpoint=FILE}), by name; a value that is
	 * not a file names itself after a colon ({@code "lost-file:REASON"}), for the usage line.
	 */
	String[] options() default {};
}
