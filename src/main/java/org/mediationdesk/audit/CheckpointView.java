package org.mediationdesk.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The latest signed checkpoint as the administrator's page shows it: its entry, hash and time, and the line to publish. */
public record CheckpointView(long seq, String hash, OffsetDateTime signedAt, String keyId, String line) {

	static CheckpointView of(Checkpoint checkpoint) {
		return new CheckpointView(checkpoint.seq(), checkpoint.hash(), checkpoint.signedAt().atOffset(ZoneOffset.UTC),
				checkpoint.keyId(), checkpoint.line());
	}
}
