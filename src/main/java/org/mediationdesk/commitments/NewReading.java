package org.mediationdesk.commitments;

/** A side's own reading of a commitment, in its words. */
public record NewReading(String text) {
}
