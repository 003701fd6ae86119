package org.mediationdesk.audit;

import java.time.Instant;
import java.util.List;

/**
 * The result of checking the audit log: the chain recomputed, and, where asked, the latest signed checkpoint.
 *
 * @param intact whether every entry is as written and the signed checkpoint matches
 * @param entries how many entries were checked
 * @param firstBroken the sequence number of the first entry at fault, or -1 if none is named
 * @param lastBroken the last entry of the range at fault (equal to {@code firstBroken} for one entry), or -1
 * @param reason what is wrong, empty if intact
 * @param checkpoint the signed checkpoint the log was checked against, or null
 * @param why what is wrong as a message of the bundles, for the pages (the reason in the reader's language)
 */
public record ChainStatus(boolean intact, long entries, long firstBroken, long lastBroken, String reason,
		Checkpoint checkpoint, Reason why) {

	/**
	 * What is wrong: in English for the command line and the application's log, and as a message code with its
	 * arguments for the pages, which say it in the reader's language.
	 */
	public record Reason(String english, String code, List<Object> arguments) {

		static final Reason NONE = new Reason("", "audit.reason.none", List.of());

		static Reason of(String code, String english, Object... arguments) {
			return new Reason(english, code, List.of(arguments));
		}

		/** The arguments of the message. */
		public Object[] argumentArray() {
			return arguments.toArray();
		}
	}

	static ChainStatus intact(long entries) {
		return new ChainStatus(true, entries, -1, -1, "", null, Reason.NONE);
	}

	static ChainStatus broken(long entries, long seq, Reason reason) {
		return new ChainStatus(false, entries, seq, seq, reason.english(), null, reason);
	}

	static ChainStatus broken(long entries, long first, long last, Reason reason) {
		return new ChainStatus(false, entries, first, last, reason.english(), null, reason);
	}

	/** A problem that names no entry: the checkpoint is missing or does not verify. */
	static ChainStatus unverified(long entries, Reason reason) {
		return new ChainStatus(false, entries, -1, -1, reason.english(), null, reason);
	}

	ChainStatus against(Checkpoint signed) {
		return new ChainStatus(intact, entries, firstBroken, lastBroken, reason, signed, why);
	}

	/** Whether the fault covers more than one entry. */
	public boolean range() {
		return lastBroken > firstBroken;
	}

	public Instant checkpointAt() {
		return checkpoint == null ? null : checkpoint.signedAt();
	}

	public long checkpointSeq() {
		return checkpoint == null ? -1 : checkpoint.seq();
	}

	/**
	 * How many entries no signature covers yet: those after the checkpoint checked against (all of them without
	 * one). Until the next signature only the database vouches for them: they could be removed without a trace.
	 */
	public long uncovered() {
		return Math.max(0, entries - Math.max(0, checkpointSeq()));
	}

	public String describe() {
		if (intact) {
			return "audit chain intact: " + entries + " entries"
					+ (checkpoint == null ? ""
							: "; the checkpoint signed at " + checkpoint.signedAt() + " covers entries 1 to "
									+ checkpoint.seq() + " and matches; " + uncoveredText());
		}
		if (firstBroken < 0) {
			return "audit log not verified: " + reason;
		}
		return "audit chain broken at " + (range() ? "entries " + firstBroken + " to " + lastBroken : "entry " + firstBroken)
				+ ": " + reason;
	}

	private String uncoveredText() {
		long count = uncovered();
		if (count == 0) {
			return "every entry is covered by a signature";
		}
		return count == 1 ? "1 entry (" + entries + ") is not yet covered by a signature"
				: count + " entries (" + (entries - count + 1) + " to " + entries + ") are not yet covered by a signature";
	}
}
