package org.mediationdesk.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the database remembers of the signing (the table {@code audit_signing}, one row per signing key): the first
 * and the latest checkpoint appended to the checkpoint file. The file lives outside the database; without this row a deleted file
 * would look like an installation that has never signed, and the next signature would vouch for whatever the
 * database then holds. With it, a missing file, or one whose latest checkpoint is older than the one recorded here,
 * is reported as what it is. The row is written after the checkpoint is in the file (and on disk), so a file ahead
 * of the row is in order (the process stopped between the two) and a row ahead of the file is not.
 */
@Component
class SigningRecord {

	/** The first and latest checkpoints the database has seen appended. */
	record Signed(long firstSeq, String firstHash, OffsetDateTime firstSignedAt, long latestSeq, String latestHash,
			OffsetDateTime latestSignedAt, String keyId) {
	}

	private final JdbcClient jdbc;

	SigningRecord(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The record of a key, or empty if it has never signed (or signed only before the record was kept). */
	Optional<Signed> read(String keyId) {
		return jdbc.sql("SELECT * FROM audit_signing WHERE key_id = :keyId")
			.param("keyId", keyId)
			.query((row, number) -> new Signed(row.getLong("first_seq"), row.getString("first_hash"),
					row.getObject("first_signed_at", OffsetDateTime.class), row.getLong("latest_seq"),
					row.getString("latest_hash"), row.getObject("latest_signed_at", OffsetDateTime.class),
					row.getString("key_id")))
			.optional();
	}

	/**
	 * Records a checkpoint just appended to the file: the first one if there is no record yet, else the latest. A
	 * checkpoint is only ever recorded over an older one (several nodes may sign one after the other).
	 */
	void appended(Checkpoint checkpoint) {
		OffsetDateTime at = checkpoint.signedAt().atOffset(ZoneOffset.UTC);
		if (update(checkpoint, at) > 0 || read(checkpoint.keyId()).isPresent()) {
			return;
		}
		try {
			jdbc.sql("INSERT INTO audit_signing (key_id, first_seq, first_hash, first_signed_at, latest_seq, latest_hash,"
					+ " latest_signed_at) VALUES (:keyId, :seq, :hash, :at, :seq, :hash, :at)")
				.param("seq", checkpoint.seq())
				.param("hash", checkpoint.hash())
				.param("at", at)
				.param("keyId", checkpoint.keyId())
				.update();
		}
		catch (DuplicateKeyException recordedAlongside) {
			update(checkpoint, at);
		}
	}

	private int update(Checkpoint checkpoint, OffsetDateTime at) {
		return jdbc.sql("UPDATE audit_signing SET latest_seq = :seq, latest_hash = :hash, latest_signed_at = :at"
				+ " WHERE key_id = :keyId AND latest_seq < :seq")
			.param("seq", checkpoint.seq())
			.param("hash", checkpoint.hash())
			.param("at", at)
			.param("keyId", checkpoint.keyId())
			.update();
	}
}
