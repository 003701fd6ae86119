package org.mediationdesk.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mediationdesk.audit.ChainStatus.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import java.time.Instant;

/**
 * Signs the head of the audit log and appends it to the checkpoint file, outside the database
 * ({@code mediationdesk.audit.checkpoint-file}); checks the log against the latest checkpoint.
 *
 * <p>A hash chain shows the order of the entries that are there, not that none is missing at the end, nor that
 * the whole log was not rewritten by someone with access to the database. A checkpoint signed with a key the
 * database does not hold does: a later log must still contain the signed entry with the signed hash. Before it
 * signs, it checks that the entries since the previous checkpoint follow from it, so that each checkpoint vouches
 * for the whole log up to its entry; a head that went back, or a history that no longer leads to the previous
 * checkpoint, is refused and reported instead of signed.
 *
 * <p>Appends are serialised in this process and, across processes (a command run beside the server on
 * PostgreSQL), by a lock on the file itself.
 */
@Component
@EnableConfigurationProperties(AuditProperties.class)
class Checkpoints {

	private static final Logger LOG = LoggerFactory.getLogger(Checkpoints.class);

	private final AuditLog log;
	private final CheckpointKey key;
	private final Path file;
	private final Clock clock;

	Checkpoints(AuditLog log, CheckpointKey key, AuditProperties properties, Clock clock) {
		this.log = log;
		this.key = key;
		this.file = properties.checkpointFile();
		this.clock = clock;
	}

	/** What signing the head did. */
	enum Outcome {
		/** a new checkpoint was appended */
		SIGNED,
		/** the head has not moved since the latest checkpoint */
		UNCHANGED,
		/** the log has no entry yet */
		EMPTY,
		/** the log does not follow from the latest checkpoint: nothing was signed (see the reason) */
		REFUSED
	}

	record Signing(Outcome outcome, Checkpoint latest, Reason why) {

		/** Why it was refused, in English (empty unless refused). */
		String reason() {
			return why.english();
		}
	}

	Path file() {
		return file;
	}

	CheckpointKey key() {
		return key;
	}

	/** The latest checkpoint in the file if it verifies with this installation's key, or empty. */
	Optional<Checkpoint> latest() {
		try {
			return lastLine(Files.readAllLines(file, StandardCharsets.UTF_8)).flatMap(Checkpoint::parse).filter(this::verifies);
		}
		catch (NoSuchFileException missing) {
			return Optional.empty();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read the audit checkpoint file " + file, e);
		}
	}

	private static Optional<String> lastLine(List<String> lines) {
		for (int i = lines.size() - 1; i >= 0; i--) {
			if (!lines.get(i).isBlank()) {
				return Optional.of(lines.get(i));
			}
		}
		return Optional.empty();
	}

	/** Signs the head if it moved since the latest checkpoint and the entries since then follow from it. */
	synchronized Signing sign() {
		try {
			if (file.toAbsolutePath().getParent() != null) {
				Files.createDirectories(file.toAbsolutePath().getParent());
			}
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.APPEND); FileLock lock = channel.lock()) {
				Signing signing = signUnderLock(channel);
				if (signing.outcome() == Outcome.REFUSED) {
					LOG.error("The head of the audit log was not signed: {}. Run audit verify.", signing.reason());
				}
				return signing;
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not append to the audit checkpoint file " + file, e);
		}
	}

	private Signing signUnderLock(FileChannel channel) throws IOException {
		Optional<String> last = lastLine(Files.readAllLines(file, StandardCharsets.UTF_8));
		Checkpoint latest = last.flatMap(Checkpoint::parse).orElse(null);
		if (last.isPresent() && (latest == null || !verifies(latest))) {
			return new Signing(Outcome.REFUSED, latest, Reason.of("audit.reason.latestForeign", "the latest checkpoint in " + file + " does not verify", file.toString()));
		}
		AuditLog.Head head = log.head();
		if (head.seq() == 0) {
			return new Signing(Outcome.EMPTY, latest, Reason.NONE);
		}
		if (latest != null && latest.seq() == head.seq() && latest.hash().equals(head.hash())) {
			return new Signing(Outcome.UNCHANGED, latest, Reason.NONE);
		}
		if (latest != null && head.seq() <= latest.seq()) {
			return new Signing(Outcome.REFUSED, latest, Reason.of("audit.reason.headBehind", "the head of the log (entry " + head.seq()
					+ ") is not beyond the latest checkpoint (entry " + latest.seq() + ")", head.seq(), latest.seq()));
		}
		ChainStatus since = latest == null ? log.verify() : log.verifySince(latest.seq(), latest.hash(), head.seq());
		if (!since.intact()) {
			return new Signing(Outcome.REFUSED, latest, new Reason(since.describe(), since.why().code(), since.why().arguments()));
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		String text = Checkpoint.signedText(head.seq(), head.hash(), now, key.keyId());
		Checkpoint signed = new Checkpoint(head.seq(), head.hash(), now, key.keyId(), key.sign(text));
		channel.write(ByteBuffer.wrap((signed.line() + "\n").getBytes(StandardCharsets.UTF_8)));
		channel.force(true);
		return new Signing(Outcome.SIGNED, signed, Reason.NONE);
	}

	boolean verifies(Checkpoint checkpoint) {
		return checkpoint.keyId().equals(key.keyId()) && key.verifies(checkpoint.signedText(), checkpoint.signature());
	}

	/** Checks the chain and the latest checkpoint of the configured file. */
	ChainStatus verify() {
		return verify(file);
	}

	/**
	 * Checks the chain, and the log against the latest checkpoint in a file (the configured one, or a copy kept
	 * elsewhere): the checkpoint must verify with this installation's key, the log must still reach its entry,
	 * and that entry must still have the signed hash. A fault is named with its range of entries.
	 */
	ChainStatus verify(Path checkpointFile) {
		List<String> lines;
		try {
			lines = Files.readAllLines(checkpointFile, StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException missing) {
			lines = List.of();
		}
		catch (IOException e) {
			return ChainStatus.unverified(0, Reason.of("audit.reason.fileUnreadable", "the checkpoint file " + checkpointFile + " cannot be read: " + e.getMessage(), checkpointFile.toString()));
		}
		ChainStatus chain = log.verify();
		int lastLine = lines.size();
		while (lastLine > 0 && lines.get(lastLine - 1).isBlank()) {
			lastLine--;
		}
		if (lastLine == 0) {
			return withoutCheckpoint(chain, checkpointFile);
		}
		Optional<Checkpoint> parsed = Checkpoint.parse(lines.get(lastLine - 1));
		if (parsed.isEmpty() || !verifies(parsed.get())) {
			return ChainStatus.unverified(chain.entries(), Reason.of("audit.reason.checkpointForeign", "the latest checkpoint (line " + lastLine + " of " + checkpointFile
					+ ") does not verify with this installation's key (key id " + key.keyId()
					+ "): it was altered, or signed with another key", lastLine, checkpointFile.toString(), key.keyId()));
		}
		Checkpoint latest = parsed.get();
		if (!chain.intact()) {
			return chain.against(latest);
		}
		if (chain.entries() < latest.seq()) {
			return ChainStatus.broken(chain.entries(), chain.entries() + 1, latest.seq(),
					Reason.of("audit.reason.cutShort", "entries are missing from the end of the log: the checkpoint signed at " + latest.signedAt()
							+ " covers entries 1 to " + latest.seq() + ", the log ends at entry " + chain.entries(),
							latest.seq(), chain.entries()))
				.against(latest);
		}
		if (!log.hashAt(latest.seq()).orElse("").equals(latest.hash())) {
			return rewritten(chain, latest, read(lines));
		}
		return chain.against(latest);
	}

	/** An empty log with an empty file is in order; anything else without a checkpoint cannot be vouched for. */
	private static ChainStatus withoutCheckpoint(ChainStatus chain, Path checkpointFile) {
		return chain.intact() && chain.entries() == 0 ? chain
				: ChainStatus.unverified(chain.entries(), Reason.of(chain.intact() ? "audit.reason.noCheckpoint" : "audit.reason.noCheckpointAndBroken",
						"no signed checkpoint in " + checkpointFile + "; sign the head with audit checkpoint"
								+ (chain.intact() ? "" : "; and " + chain.describe()), checkpointFile.toString()));
	}

	/**
	 * The log no longer has the hash the latest checkpoint signed: the rewrite lies after the latest earlier checkpoint
	 * that still matches, and reaches at least the earliest one that does not.
	 */
	private ChainStatus rewritten(ChainStatus chain, Checkpoint latest, List<Checkpoint> all) {
		// the latest checkpoint that still matches bounds the rewrite from below
		long matching = 0;
		long earliestMismatch = latest.seq();
		for (int i = all.size() - 1; i >= 0; i--) {
			Checkpoint older = all.get(i);
			if (older.seq() > latest.seq() || !verifies(older)) {
				continue;
			}
			if (log.hashAt(older.seq()).orElse("").equals(older.hash())) {
				matching = older.seq();
				break;
			}
			earliestMismatch = older.seq();
		}
		return ChainStatus.broken(chain.entries(), matching + 1, earliestMismatch,
				Reason.of("audit.reason.rewritten", "the log was rewritten: its entry " + earliestMismatch + " differs from what the checkpoint signed at "
						+ latest.signedAt() + " vouches for, so at least one entry in this range was changed", earliestMismatch))
			.against(latest);
	}

	private static List<Checkpoint> read(List<String> lines) {
		List<Checkpoint> checkpoints = new ArrayList<>();
		for (String line : lines) {
			Checkpoint.parse(line).ifPresent(checkpoints::add);
		}
		return checkpoints;
	}
}
