package org.mediationdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checkpoint file on disk: only ever appended to, and its last line found from its end. */
class CheckpointFileTests {

	@TempDir
	Path directory;

	@Test
	void createsTheFileAndItsDirectoryAndOnlyAppends() throws Exception {
		Path file = directory.resolve("new/directory/audit-checkpoints.txt");
		try (FileChannel channel = CheckpointFile.openForAppend(file)) {
			CheckpointFile.append(channel, "first");
		}
		byte[] before = Files.readAllBytes(file);
		try (FileChannel channel = CheckpointFile.openForAppend(file)) {
			CheckpointFile.append(channel, "second");
		}
		byte[] after = Files.readAllBytes(file);
		assertThat(new String(after, StandardCharsets.UTF_8)).isEqualTo("first\nsecond\n")
			.startsWith(new String(before, StandardCharsets.UTF_8));
		assertThat(CheckpointFile.lastLine(file)).contains("second");
	}

	@Test
	void findsTheLastLineFromTheEndOfALongFile() throws Exception {
		Path file = directory.resolve("audit-checkpoints.txt");
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			lines.add("mediationdesk-audit-checkpoint/1 " + i + " " + "a".repeat(64) + " line " + i);
		}
		Files.write(file, lines);
		assertThat(CheckpointFile.lastLine(file)).contains(lines.get(499));

		// blank lines at the end are not the last line
		Files.writeString(file, "\n  \n\n", StandardOpenOption.APPEND);
		assertThat(CheckpointFile.lastLine(file)).contains(lines.get(499));

		// a last line longer than what is read from the end first is still read whole
		String longLine = "x".repeat(10_000);
		Files.writeString(file, longLine + "\n", StandardOpenOption.APPEND);
		assertThat(CheckpointFile.lastLine(file)).contains(longLine);
	}

	@Test
	void hasNoLastLineWithoutAFileOrInAnEmptyOne() throws Exception {
		assertThat(CheckpointFile.lastLine(directory.resolve("missing.txt"))).isEmpty();
		assertThat(CheckpointFile.lines(directory.resolve("missing.txt"))).isEmpty();
		Path empty = Files.createFile(directory.resolve("empty.txt"));
		assertThat(CheckpointFile.lastLine(empty)).isEmpty();
		Files.writeString(empty, "\n\n");
		assertThat(CheckpointFile.lastLine(empty)).isEmpty();
		Files.writeString(empty, "only");
		assertThat(CheckpointFile.lastLine(empty)).contains("only");
	}
}
