package org.mediationdesk.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * signs, it checks that the entries since the last trusted checkpoint follow from it, so that each checkpoint vouches
 * for the whole log up to its entry; a head that went back, or a history that no longer leads to the previous
 * checkpoint, is refused and reported instead of signed.
 *
 * <p>The entries after the latest checkpoint are vouched for by nothing but the database until the next signature:
 * the job signs every few seconds while the head moves, and verification says how many entries are not yet covered.
 *
 * <p>The database remembers the first and the latest checkpoint appended ({@link SigningRecord}): once this
 * installation has signed, a missing checkpoint file, or one whose latest checkpoint is older than the one recorded,
 * is tampering or a lost file, not a fresh start. Nothing is signed then; the operator restores the file, or, if it
 * is lost for good, starts a new one explicitly ({@link #startNewFile}), which the log records.
 *
 * <p>Appends are serialised in this process and, across processes (a command run beside the server on
 * PostgreSQL), by a lock on the file itself.
 */
@Component
@EnableConfigurationProperties(AuditProperties.class)
class Checkpoints {

	/** The action of the entry that records a checkpoint file started anew. */
	static final String STARTED_ANEW = "checkpoint-file.started-anew";

	private static final Logger LOG = LoggerFactory.getLogger(Checkpoints.class);

	private final AuditLog log;
	private final CheckpointKey key;
	private final Path file;
	private final Clock clock;
	private final SigningRecord record;
	/** The refusal last written to the application's log: the job repeats it every few seconds, the log once. */
	private String lastReported = "";

	Checkpoints(AuditLog log, CheckpointKey key, AuditProperties properties, Clock clock, SigningRecord record) {
		this.log = log;
		this.key = key;
		this.file = properties.checkpointFile();
		this.clock = clock;
		this.record = record;
	}

	/** What signing the head did. */
	enum Outcome {
		/** a new checkpoint was appended */
		SIGNED,
		/** the head has not moved since the latest checkpoint */
		UNCHANGED,
		/** the log has no entry yet */
		EMPTY,
		/** the log does not follow from the latest checkpoint, or the file is not as signed: nothing was signed (see the reason) */
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
			return CheckpointFile.lastLine(file).flatMap(Checkpoint::parse).filter(this::verifies);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read the audit checkpoint file " + file, e);
		}
	}

	/** Signs the head if it moved since the latest checkpoint and the entries since then follow from it. */
	synchronized Signing sign() {
		Optional<SigningRecord.Signed> signed = record.read(key.keyId());
		if (signed.isPresent() && !Files.exists(file)) {
			// not even created: an empty file would look no better than a missing one
			return reported(new Signing(Outcome.REFUSED, null, lost(signed.get(), null).orElseThrow()));
		}
		try (FileChannel channel = CheckpointFile.openForAppend(file); FileLock lock = channel.lock()) {
			return reported(signUnderLock(channel, signed, null));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not append to the audit checkpoint file " + file, e);
		}
	}

	/**
	 * The operator's recovery when the checkpoint file is lost for good ({@code audit checkpoint --lost-file REASON}):
	 * only when the database records a checkpoint the file no longer has, and only if the log still leads from that
	 * recorded checkpoint (and its whole chain is intact). Records an entry with the reason, then signs the head into
	 * a new file (or at the end of the file cut short). Refused otherwise, with the reason.
	 */
	synchronized Signing startNewFile(String reason) {
		if (reason == null || reason.isBlank()) {
			return new Signing(Outcome.REFUSED, null, Reason.of("audit.reason.lostFileWithoutReason",
					"say why the checkpoint file is started anew: audit checkpoint --lost-file REASON"));
		}
		Optional<SigningRecord.Signed> signed = record.read(key.keyId());
		if (signed.isEmpty()) {
			return new Signing(Outcome.REFUSED, null, Reason.of("audit.reason.fileInOrder", "this installation has recorded no"
					+ " checkpoint that " + file + " could have lost: there is nothing to start anew", file.toString()));
		}
		if (!Files.exists(file)) {
			// checked before the new file is created: a refusal leaves no empty file behind
			Optional<Reason> fault = leadsFrom(recordedCheckpoint(signed.get()), log.head());
			if (fault.isPresent()) {
				return new Signing(Outcome.REFUSED, null, fault.get());
			}
		}
		try (FileChannel channel = CheckpointFile.openForAppend(file); FileLock lock = channel.lock()) {
			return signUnderLock(channel, signed, reason.strip());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not append to the audit checkpoint file " + file, e);
		}
	}

	private static Checkpoint recordedCheckpoint(SigningRecord.Signed recorded) {
		return new Checkpoint(recorded.latestSeq(), recorded.latestHash(), recorded.latestSignedAt().toInstant(),
				recorded.keyId(), "");
	}

	private Signing reported(Signing signing) {
		if (signing.outcome() == Outcome.REFUSED && !signing.reason().equals(lastReported)) {
			LOG.error("The head of the audit log was not signed: {}. Run audit verify.", signing.reason());
		}
		lastReported = signing.outcome() == Outcome.REFUSED ? signing.reason() : "";
		return signing;
	}

	private Signing signUnderLock(FileChannel channel, Optional<SigningRecord.Signed> signed, String lostFile)
			throws IOException {
		Optional<String> last = CheckpointFile.lastLine(file);
		Checkpoint latest = last.flatMap(Checkpoint::parse).orElse(null);
		if (last.isPresent() && (latest == null || !verifies(latest))) {
			return new Signing(Outcome.REFUSED, latest, Reason.of("audit.reason.latestForeign", "the latest checkpoint in " + file + " does not verify", file.toString()));
		}
		Optional<Reason> lost = signed.flatMap(recorded -> lost(recorded, latest));
		if (lostFile == null && lost.isPresent()) {
			return new Signing(Outcome.REFUSED, latest, lost.get());
		}
		// the last trusted checkpoint: the file's, or, when the file is started anew, the one the database recorded
		Checkpoint anchor = latest;
		if (lostFile != null) {
			if (lost.isEmpty()) {
				return new Signing(Outcome.REFUSED, latest, Reason.of("audit.reason.fileInOrder", "the checkpoint file " + file
						+ " is in order: there is nothing to start anew (sign the head with audit checkpoint)", file.toString()));
			}
			SigningRecord.Signed recorded = signed.orElseThrow();
			anchor = recordedCheckpoint(recorded);
			Optional<Reason> fault = leadsFrom(anchor, log.head());
			if (fault.isPresent()) {
				return new Signing(Outcome.REFUSED, latest, fault.get());
			}
			log.record("system", STARTED_ANEW, "checkpoint-file", null, lostFile + " (the checkpoint file lost covered entries 1 to "
					+ recorded.latestSeq() + ", signed at " + recorded.latestSignedAt().toInstant() + ")");
		}
		AuditLog.Head head = log.head();
		if (head.seq() == 0) {
			return new Signing(Outcome.EMPTY, latest, Reason.NONE);
		}
		if (anchor != null && anchor.seq() == head.seq() && anchor.hash().equals(head.hash())) {
			if (signed.isEmpty() || signed.get().latestSeq() < anchor.seq()) {
				// signed before the database kept its record of the signing, or stopped between the file and the record
				record.appended(anchor);
			}
			return new Signing(Outcome.UNCHANGED, latest, Reason.NONE);
		}
		Optional<Reason> fault = fault(anchor, head);
		if (fault.isPresent()) {
			return new Signing(Outcome.REFUSED, latest, fault.get());
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		String text = Checkpoint.signedText(head.seq(), head.hash(), now, key.keyId());
		Checkpoint checkpoint = new Checkpoint(head.seq(), head.hash(), now, key.keyId(), key.sign(text));
		CheckpointFile.append(channel, checkpoint.line());
		record.appended(checkpoint);
		return new Signing(Outcome.SIGNED, checkpoint, Reason.NONE);
	}

	/**
	 * Why the log up to the head cannot be signed as following from the last trusted checkpoint (none: from the first
	 * entry), if it cannot: a head that is not beyond it, or entries since it that do not follow from it.
	 */
	private Optional<Reason> fault(Checkpoint anchor, AuditLog.Head head) {
		if (anchor != null && head.seq() == anchor.seq()) {
			// the same entry with another hash: say that it changed rather than that the head did not move on
			ChainStatus signedEntry = log.verifySince(anchor.seq(), anchor.hash(), anchor.seq());
			if (!signedEntry.intact()) {
				return Optional.of(new Reason(signedEntry.describe(), signedEntry.why().code(), signedEntry.why().arguments()));
			}
		}
		if (anchor != null && head.seq() <= anchor.seq()) {
			return Optional.of(Reason.of("audit.reason.headBehind", "the head of the log (entry " + head.seq()
					+ ") is not beyond the latest checkpoint (entry " + anchor.seq() + ")", head.seq(), anchor.seq()));
		}
		ChainStatus since = anchor == null ? log.verify() : log.verifySince(anchor.seq(), anchor.hash(), head.seq());
		return since.intact() ? Optional.empty()
				: Optional.of(new Reason(since.describe(), since.why().code(), since.why().arguments()));
	}

	/**
	 * Why the log cannot be taken as following from a checkpoint the file no longer holds, if it cannot: it must still
	 * reach the checkpoint's entry with the signed hash, every later entry must follow from it, and, with no file to
	 * hold it against, the whole chain must be intact.
	 */
	private Optional<Reason> leadsFrom(Checkpoint recorded, AuditLog.Head head) {
		if (head.seq() < recorded.seq()) {
			return Optional.of(Reason.of("audit.reason.headBehind", "the head of the log (entry " + head.seq()
					+ ") is not beyond the latest checkpoint (entry " + recorded.seq() + ")", head.seq(), recorded.seq()));
		}
		for (ChainStatus status : List.of(log.verifySince(recorded.seq(), recorded.hash(), head.seq()), log.verify())) {
			if (!status.intact()) {
				return Optional.of(new Reason(status.describe(), status.why().code(), status.why().arguments()));
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether the checkpoint file lost what the database recorded of the signing: no checkpoint at all, or a latest
	 * one older than (or different from) the latest recorded.
	 */
	private Optional<Reason> lost(SigningRecord.Signed recorded, Checkpoint latest) {
		String since = recorded.firstSignedAt().toInstant().toString();
		String at = recorded.latestSignedAt().toInstant().toString();
		if (latest == null) {
			return Optional.of(Reason.of("audit.reason.fileMissing", "the checkpoint file " + file + " is missing or empty,"
					+ " yet this installation has signed its log since " + since + " (its latest checkpoint, signed at " + at
					+ ", covers entries 1 to " + recorded.latestSeq() + "): that is tampering or a lost file, not a fresh"
					+ " start. Nothing is signed until the file is restored from a copy or from the published checkpoints;"
					+ " if it is lost for good, see \"A lost checkpoint file\" in the README", file.toString(), since,
					recorded.latestSeq()));
		}
		if (latest.seq() < recorded.latestSeq()
				|| latest.seq() == recorded.latestSeq() && !latest.hash().equals(recorded.latestHash())) {
			return Optional.of(Reason.of("audit.reason.fileCutShort", "the checkpoint file " + file + " was cut short or"
					+ " replaced: its latest checkpoint covers entries 1 to " + latest.seq() + ", but this installation"
					+ " signed a checkpoint of entries 1 to " + recorded.latestSeq() + " at " + at + ". Nothing is signed until"
					+ " the file is restored from a copy or from the published checkpoints", file.toString(), latest.seq(),
					recorded.latestSeq()));
		}
		return Optional.empty();
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
			lines = CheckpointFile.lines(checkpointFile);
		}
		catch (IOException e) {
			return ChainStatus.unverified(0, Reason.of("audit.reason.fileUnreadable", "the checkpoint file " + checkpointFile + " cannot be read: " + e.getMessage(), checkpointFile.toString()));
		}
		ChainStatus chain = log.verify();
		// a copy kept elsewhere may well be older than the file: only the configured file must hold what was recorded
		Optional<SigningRecord.Signed> signed = checkpointFile.equals(file) ? record.read(key.keyId()) : Optional.empty();
		int lastLine = lines.size();
		while (lastLine > 0 && lines.get(lastLine - 1).isBlank()) {
			lastLine--;
		}
		if (lastLine == 0) {
			return signed.isPresent() ? lostFile(chain, signed.get(), null) : withoutCheckpoint(chain, checkpointFile);
		}
		Optional<Checkpoint> parsed = Checkpoint.parse(lines.get(lastLine - 1));
		if (parsed.isEmpty() || !verifies(parsed.get())) {
			return ChainStatus.unverified(chain.entries(), Reason.of("audit.reason.checkpointForeign", "the latest checkpoint (line " + lastLine + " of " + checkpointFile
					+ ") does not verify with this installation's key (key id " + key.keyId()
					+ "): it was altered, or signed with another key", lastLine, checkpointFile.toString(), key.keyId()));
		}
		Checkpoint latest = parsed.get();
		if (signed.isPresent() && lost(signed.get(), latest).isPresent()) {
			return lostFile(chain, signed.get(), latest);
		}
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

	/**
	 * An empty log with an empty file is in order. A log of an installation that has never signed is vouched for by
	 * nothing yet: with an intact chain the advice is to sign its head, which checks the chain from its first entry
	 * again; with a broken one, there is nothing to sign.
	 */
	private static ChainStatus withoutCheckpoint(ChainStatus chain, Path checkpointFile) {
		if (chain.intact() && chain.entries() == 0) {
			return chain;
		}
		return chain.intact()
				? ChainStatus.unverified(chain.entries(), Reason.of("audit.reason.noCheckpoint", "no signed checkpoint in "
						+ checkpointFile + " yet: none of the " + chain.entries() + " entries is covered by a signature;"
						+ " sign the head with audit checkpoint", checkpointFile.toString()))
				: ChainStatus.unverified(chain.entries(), Reason.of("audit.reason.noCheckpointAndBroken", "no signed checkpoint in "
						+ checkpointFile + ", and " + chain.describe(), checkpointFile.toString()));
	}

	/**
	 * The checkpoint file lost what the database recorded of the signing. Said first, since it is the finding; what
	 * the log itself looks like against the recorded checkpoint follows, for the operator who must decide what next.
	 */
	private ChainStatus lostFile(ChainStatus chain, SigningRecord.Signed recorded, Checkpoint latest) {
		Reason lost = lost(recorded, latest).orElseThrow();
		String found;
		if (!chain.intact()) {
			found = "; and " + chain.describe();
		}
		else if (chain.entries() < recorded.latestSeq()) {
			found = "; and entries are missing from the end of the log: the checkpoint recorded covers entries 1 to "
					+ recorded.latestSeq() + ", the log ends at entry " + chain.entries();
		}
		else if (!this.log.hashAt(recorded.latestSeq()).orElse("").equals(recorded.latestHash())) {
			found = "; and the log was rewritten: its entry " + recorded.latestSeq() + " differs from what the checkpoint recorded vouches for";
		}
		else {
			found = "; the log still leads from the checkpoint recorded (entry " + recorded.latestSeq() + ")";
		}
		return ChainStatus.unverified(chain.entries(), new Reason(lost.english() + found, lost.code(), lost.arguments()));
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
