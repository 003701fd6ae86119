package org.mediationdesk.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * The checkpoint file on disk: append-only. It is opened for appending only, each checkpoint is one line written at
 * its end and forced to the disk before it counts, and the directory is forced too when the file is created, so that
 * a signed head survives a power cut as soon as it is reported. Nothing here rewrites or shortens the file.
 */
final class CheckpointFile {

	/** Checkpoint lines are about 190 bytes: the tail read first holds the last one many times over. */
	private static final int TAIL = 4096;

	private CheckpointFile() {
	}

	/** Opens the file for appending, creating it (and its directory) if need be. */
	static FileChannel openForAppend(Path file) throws IOException {
		Path directory = file.toAbsolutePath().getParent();
		if (directory != null) {
			Files.createDirectories(directory);
		}
		boolean created = !Files.exists(file);
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.APPEND);
		if (created && directory != null) {
			forceDirectory(directory);
		}
		return channel;
	}

	/** Appends one line and forces it, with the file's size, to the disk. */
	static void append(FileChannel channel, String line) throws IOException {
		ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
		while (bytes.hasRemaining()) {
			channel.write(bytes);
		}
		channel.force(true);
	}

	/**
	 * The last line that is not blank, read from the end of the file (the file grows by a line at each signature;
	 * reading it whole at every run would cost more as it grows), or empty if there is none or no file.
	 */
	static Optional<String> lastLine(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = channel.size();
			for (long chunk = TAIL;; chunk *= 2) {
				long from = Math.max(0, size - chunk);
				ByteBuffer bytes = ByteBuffer.allocate((int) (size - from));
				while (bytes.hasRemaining() && channel.read(bytes, from + bytes.position()) >= 0) {
					// read until the buffer is full
				}
				String text = new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8).stripTrailing();
				int lineBreak = text.lastIndexOf('\n');
				if (lineBreak >= 0 || from == 0) {
					String last = text.substring(lineBreak + 1);
					return last.isBlank() ? Optional.empty() : Optional.of(last);
				}
			}
		}
		catch (NoSuchFileException missing) {
			return Optional.empty();
		}
	}

	/** Every line of the file; none if there is no file. */
	static List<String> lines(Path file) throws IOException {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException missing) {
			return List.of();
		}
	}

	private static void forceDirectory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException | UnsupportedOperationException notOnThisSystem) {
			// a system that cannot open a directory as a file (Windows) keeps its directory entries its own way
		}
	}
}
