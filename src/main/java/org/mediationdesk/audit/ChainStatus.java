package org.mediationdesk.audit;

/**
 * The result of recomputing the audit chain.
 *
 * @param intact whether every entry is as written
 * @param entries how many entries were checked
 * @param firstBroken the sequence number of the first entry that does not match, or -1
 * @param reason what is wrong with it, empty if intact
 */
public record ChainStatus(boolean intact, long entries, long firstBroken, String reason) {

	static ChainStatus intact(long entries) {
		return new ChainStatus(true, entries, -1, "");
	}

	static ChainStatus broken(long entries, long seq, String reason) {
		return new ChainStatus(false, entries, seq, reason);
	}

	public String describe() {
		return intact ? "audit chain intact: " + entries + " entries"
				: "audit chain broken at entry " + firstBroken + ": " + reason;
	}
}
