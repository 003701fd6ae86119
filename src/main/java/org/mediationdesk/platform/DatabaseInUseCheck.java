package org.mediationdesk.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mediationdesk.shared.StartRefused;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Refuses, in one line and before anything connects, to open the embedded database while another process has it
 * open: a second server on the same data, or a command such as {@code audit verify} while the server runs. The
 * embedded database holds an operating-system lock on its file for as long as it is open; this asks for the same
 * lock and lets it go at once.
 */
public class DatabaseInUseCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	/** An embedded database in a file: {@code jdbc:h2:file:PATH} or {@code jdbc:h2:PATH}, not in memory or on a server. */
	private static final Pattern EMBEDDED_FILE = Pattern.compile("jdbc:h2:(?:file:)?(?!mem:|tcp:|ssl:|zip:)([^;]+).*");

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		refusal(event.getEnvironment()).ifPresent(message -> {
			throw new StartRefused(message);
		});
	}

	static Optional<String> refusal(Environment environment) {
		Matcher matcher = EMBEDDED_FILE.matcher(environment.getProperty("spring.datasource.url", ""));
		if (!matcher.matches()) {
			return Optional.empty();
		}
		Path database = Path.of(matcher.group(1));
		Path file = Path.of(matcher.group(1) + ".mv.db");
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		if (inUse(file)) {
			Path directory = database.getParent() == null ? Path.of(".") : database.getParent();
			return Optional.of(message(directory));
		}
		return Optional.empty();
	}

	/** The refusal, in one line. */
	static String message(Path directory) {
		return "the database under " + directory + " is in use by another Mediation Desk process; stop it first";
	}

	private static boolean inUse(Path file) {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				return true;
			}
			lock.release();
			return false;
		}
		catch (OverlappingFileLockException openInThisProcess) {
			return true;
		}
		catch (IOException unreadable) {
			// the database will say what is wrong with its file
			return false;
		}
	}
}
