package org.mediationdesk.commitments;

/**
 * A round's step of a commitment: the round, the status it left with, the neutral note in each language (English
 * required), whether it is kept from the public, and where the record says so.
 */
public record NewProgress(Integer round, CommitmentStatus status, String note, String noteRu, String noteKa,
		Boolean confidential, String sourceLink) {

	/** A public step without a link. */
	public NewProgress(Integer round, CommitmentStatus status, String note, String noteRu, String noteKa) {
		this(round, status, note, noteRu, noteKa, false, null);
	}
}
