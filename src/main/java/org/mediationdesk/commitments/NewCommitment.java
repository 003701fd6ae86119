package org.mediationdesk.commitments;

import org.mediationdesk.confidentiality.Audience;

/**
 * A commitment as the co-chairs record it: its title and text in each language, its makers, its source, its
 * audience, and its first round with the status it left with and the note of that round.
 */
public record NewCommitment(String title, String titleRu, String titleKa, String text, String textRu, String textKa,
		Makers makers, CommitmentSource source, Audience audience, NewProgress first) {
}
