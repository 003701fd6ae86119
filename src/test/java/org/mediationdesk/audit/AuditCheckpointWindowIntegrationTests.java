package org.mediationdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationdesk.CommandRun;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.TestDatabase;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.documents.AuthorKind;
import org.mediationdesk.documents.DocumentDraft;
import org.mediationdesk.documents.DocumentKind;
import org.mediationdesk.documents.DocumentRegistry;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The tail of the audit log between two signatures, and the checkpoint file that vouches for the rest: verification
 * counts the entries no signature covers yet; the job signs a moved head, so that a tail removed after a kill is
 * noticed once it was signed; a checkpoint file deleted or cut short on an installation that has signed before is
 * reported as such and never answered by a fresh signature, and a rewritten log is never signed. The job is called
 * here as its schedule would call it: nothing waits for the clock.
 */
@IntegrationTest
class AuditCheckpointWindowIntegrationTests {

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	CheckpointJob job;

	@Autowired
	AuditLog log;

	@Autowired
	SigningRecord record;

	@Autowired
	DocumentRegistry documents;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@TempDir
	Path aside;

	private void fileDocuments(int count) {
		for (int i = 0; i < count; i++) {
			documents.file(fixtures.coChair(Institution.EU), new DocumentDraft("GID/WINDOW/" + UUID.randomUUID().toString().substring(0, 8),
					"Window", DocumentKind.DRAFT, AuthorKind.CO_CHAIRS, null, Audience.coChairs(), LocalDate.now(), Map.of()));
		}
	}

	private Checkpoint signed() {
		Checkpoints.Signing signing = checkpoints.sign();
		assertThat(signing.outcome()).as(signing.reason()).isIn(Checkpoints.Outcome.SIGNED, Checkpoints.Outcome.UNCHANGED);
		return signing.latest();
	}

	@Test
	void saysHowManyEntriesNoSignatureCoversYet() {
		fileDocuments(1);
		job.signTheHeadIfItMoved();
		ChainStatus covered = checkpoints.verify();
		assertThat(covered.intact()).as(covered.describe()).isTrue();
		assertThat(covered.uncovered()).isZero();
		assertThat(covered.describe()).endsWith("and matches; every entry is covered by a signature");

		fileDocuments(2);
		long head = log.head().seq();
		long signedUpTo = checkpoints.latest().orElseThrow().seq();
		assertThat(head).isGreaterThan(signedUpTo + 1);
		ChainStatus status = checkpoints.verify();
		assertThat(status.intact()).isTrue();
		assertThat(status.uncovered()).isEqualTo(head - signedUpTo);
		String counted = (head - signedUpTo) + " entries (" + (signedUpTo + 1) + " to " + head + ") are not yet covered by a signature";
		assertThat(status.describe()).endsWith(counted);
		CommandRun verify = CommandRun.against(TestDatabase.url(), "audit", "verify");
		assertThat(verify.exitCode()).as(verify.output() + verify.errors()).isZero();
		assertThat(verify.output()).contains(counted);

		job.signTheHeadIfItMoved();
		assertThat(checkpoints.latest().orElseThrow().seq()).as("the job signs a head that moved").isEqualTo(log.head().seq());
		assertThat(checkpoints.verify().uncovered()).isZero();
	}

	@Test
	void showsAdministratorsHowManyEntriesNoSignatureCoversYetInTheirLanguage() throws Exception {
		fileDocuments(1);
		signed();
		fileDocuments(2);
		long uncovered = log.head().seq() - checkpoints.latest().orElseThrow().seq();
		String english = auditPage("en");
		assertThat(english).contains("id=\"chain-uncovered\"")
			.contains("The last " + uncovered + " entries are not yet covered by a signature");
		assertThat(auditPage("ru")).contains("Записей после последней подписи, ещё не охваченных ею: " + uncovered + ".");
		assertThat(auditPage("ka")).contains("ბოლო " + uncovered + " ჩანაწერი ჯერ არ არის დაფარული ხელმოწერით");
		signed();
		assertThat(auditPage("en")).contains("Every entry is covered by a signature.");
	}

	private String auditPage(String language) throws Exception {
		return mvc.perform(get("/admin/audit").param("verify", "true").header("Accept-Language", language)
			.with(authentication(Fixtures.authentication(fixtures.admin()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void recordsThatSigningHasBegunForAFileSignedBeforeTheRecordWasKept() {
		fileDocuments(1);
		Checkpoint latest = signed();
		SigningRecord.Signed recorded = record.read(latest.keyId()).orElseThrow();
		assertThat(recorded.latestSeq()).isEqualTo(latest.seq());
		assertThat(recorded.latestHash()).isEqualTo(latest.hash());
		// as an installation upgraded with a checkpoint file and no record yet
		jdbc.sql("DELETE FROM audit_signing WHERE key_id = :keyId").param("keyId", latest.keyId()).update();
		try {
			assertThat(checkpoints.verify().intact()).as("a file without a record is trusted as before").isTrue();
			assertThat(checkpoints.sign().outcome()).isEqualTo(Checkpoints.Outcome.UNCHANGED);
			SigningRecord.Signed now = record.read(latest.keyId()).orElseThrow();
			assertThat(now.firstSeq()).isEqualTo(latest.seq());
			assertThat(now.latestSeq()).isEqualTo(latest.seq());
			assertThat(now.latestHash()).isEqualTo(latest.hash());
		}
		finally {
			jdbc.sql("UPDATE audit_signing SET first_seq = :seq, first_hash = :hash, first_signed_at = :at WHERE key_id = :keyId")
				.param("seq", recorded.firstSeq())
				.param("hash", recorded.firstHash())
				.param("at", recorded.firstSignedAt())
				.param("keyId", latest.keyId())
				.update();
		}
	}

	@Test
	void noticesASignedTailRemovedAfterAKill() throws Exception {
		fileDocuments(2);
		job.signTheHeadIfItMoved();
		long last = log.head().seq();
		assertThat(checkpoints.latest().orElseThrow().seq()).isEqualTo(last);
		List<Map<String, Object>> removed = rows(last - 1, last);
		AuditLog.Head head = log.head();
		long lines = Files.readAllLines(checkpoints.file()).size();
		// the server was killed; then the last two entries are deleted, and the head set back as if never written
		jdbc.sql("DELETE FROM audit_entry WHERE seq > :seq").param("seq", last - 2).update();
		moveHead(last - 2, log.hashAt(last - 2).orElseThrow());
		try {
			assertThat(log.verify().intact()).as("the chain alone cannot tell").isTrue();
			ChainStatus status = checkpoints.verify();
			assertThat(status.intact()).isFalse();
			assertThat(status.firstBroken()).isEqualTo(last - 1);
			assertThat(status.lastBroken()).isEqualTo(last);
			job.signTheHeadIfItMoved();
			assertThat(Files.readAllLines(checkpoints.file())).as("the job signs nothing over a log cut short").hasSize((int) lines);
			CommandRun verify = CommandRun.against(TestDatabase.url(), "audit", "verify");
			assertThat(verify.exitCode()).isEqualTo(1);
			assertThat(verify.output()).contains("audit chain broken at entries " + (last - 1) + " to " + last)
				.doesNotContain("sign the head");
		}
		finally {
			restore(removed);
			moveHead(head.seq(), head.hash());
		}
		assertThat(checkpoints.verify().intact()).isTrue();
	}

	@Test
	void aDeletedCheckpointFileIsTamperingNotAFreshStart() throws Exception {
		fileDocuments(1);
		Checkpoint latest = signed();
		fileDocuments(1);
		Path kept = Files.move(checkpoints.file(), aside.resolve("kept.txt"));
		try {
			ChainStatus status = checkpoints.verify();
			assertThat(status.intact()).isFalse();
			assertThat(status.why().code()).isEqualTo("audit.reason.fileMissing");
			assertThat(status.describe()).contains("is missing or empty, yet this installation has signed its log since")
				.contains("covers entries 1 to " + latest.seq() + "): that is tampering or a lost file, not a fresh start")
				.contains("the log still leads from the checkpoint recorded (entry " + latest.seq() + ")")
				.doesNotContain("sign the head");

			Checkpoints.Signing signing = checkpoints.sign();
			assertThat(signing.outcome()).isEqualTo(Checkpoints.Outcome.REFUSED);
			assertThat(signing.why().code()).isEqualTo("audit.reason.fileMissing");
			job.signTheHeadIfItMoved();
			assertThat(checkpoints.file()).as("nothing signed anew, not even an empty file created").doesNotExist();

			CommandRun checkpoint = CommandRun.against(TestDatabase.url(), "audit", "checkpoint");
			assertThat(checkpoint.exitCode()).isEqualTo(1);
			assertThat(checkpoint.output()).contains("not signed: the checkpoint file " + checkpoints.file() + " is missing or empty");
			assertThat(checkpoints.file()).doesNotExist();
			CommandRun verify = CommandRun.against(TestDatabase.url(), "audit", "verify");
			assertThat(verify.exitCode()).isEqualTo(1);
			assertThat(verify.output()).contains("audit log not verified: the checkpoint file");
		}
		finally {
			Files.move(kept, checkpoints.file(), StandardCopyOption.REPLACE_EXISTING);
		}
		assertThat(checkpoints.verify().intact()).isTrue();
	}

	@Test
	void aCheckpointFileCutShortIsReportedAndNotSignedOver() throws Exception {
		fileDocuments(1);
		signed();
		fileDocuments(1);
		Checkpoint latest = signed();
		byte[] whole = Files.readAllBytes(checkpoints.file());
		List<String> lines = Files.readAllLines(checkpoints.file());
		fileDocuments(1);
		try {
			// the last line removed: what is left still verifies, line by line
			Files.write(checkpoints.file(), lines.subList(0, lines.size() - 1));
			ChainStatus cut = checkpoints.verify();
			assertThat(cut.intact()).isFalse();
			assertThat(cut.why().code()).isEqualTo("audit.reason.fileCutShort");
			assertThat(cut.describe()).contains("was cut short or replaced")
				.contains("signed a checkpoint of entries 1 to " + latest.seq());
			assertThat(checkpoints.sign().outcome()).isEqualTo(Checkpoints.Outcome.REFUSED);
			assertThat(Files.readAllLines(checkpoints.file())).hasSize(lines.size() - 1);

			// and emptied
			Files.write(checkpoints.file(), new byte[0]);
			ChainStatus emptied = checkpoints.verify();
			assertThat(emptied.intact()).isFalse();
			assertThat(emptied.why().code()).isEqualTo("audit.reason.fileMissing");
			job.signTheHeadIfItMoved();
			assertThat(Files.size(checkpoints.file())).as("nothing appended to an emptied file").isZero();
		}
		finally {
			Files.write(checkpoints.file(), whole);
		}
		assertThat(checkpoints.verify().intact()).isTrue();
	}

	@Test
	void neverSignsARewrittenLogNotEvenWhenItsCheckpointFileIsGone() throws Exception {
		fileDocuments(2);
		Checkpoint checkpoint = signed();
		List<Map<String, Object>> original = rows(1, checkpoint.seq());
		AuditLog.Head head = log.head();
		moveHead(head.seq(), rewriteFromTheFirstEntry(original));
		Path kept = Files.move(checkpoints.file(), aside.resolve("kept.txt"));
		try {
			assertThat(log.verify().intact()).as("the chain alone cannot tell").isTrue();
			ChainStatus status = checkpoints.verify();
			assertThat(status.intact()).isFalse();
			assertThat(status.describe()).contains("and the log was rewritten: its entry " + checkpoint.seq())
				.doesNotContain("sign the head");
			CommandRun sign = CommandRun.against(TestDatabase.url(), "audit", "checkpoint");
			assertThat(sign.exitCode()).isEqualTo(1);
			assertThat(sign.output()).contains("not signed");
			CommandRun anew = CommandRun.against(TestDatabase.url(), "audit", "checkpoint", "--lost-file", "the disk was replaced");
			assertThat(anew.exitCode()).isEqualTo(1);
			assertThat(anew.output()).contains("not signed").contains("the entry of the last checkpoint was changed");
			assertThat(checkpoints.file()).doesNotExist();
			assertThat(entriesStartingAnew()).isZero();

			// with the file back, the rewrite is named, and the command still refuses to sign over it
			Files.copy(kept, checkpoints.file());
			CommandRun refused = CommandRun.against(TestDatabase.url(), "audit", "checkpoint");
			assertThat(refused.exitCode()).isEqualTo(1);
			assertThat(refused.output()).contains("not signed: audit chain broken at entry " + checkpoint.seq()
					+ ": the entry of the last checkpoint was changed");
			assertThat(Files.readAllLines(checkpoints.file())).isEqualTo(Files.readAllLines(kept));
		}
		finally {
			Files.move(kept, checkpoints.file(), StandardCopyOption.REPLACE_EXISTING);
			restoreColumns(original);
			moveHead(head.seq(), head.hash());
		}
		assertThat(checkpoints.verify().intact()).isTrue();
	}

	@Test
	void startsALostCheckpointFileAnewOnlyWhenAskedWithAReason() throws Exception {
		fileDocuments(1);
		Checkpoint lost = signed();
		assertThat(checkpoints.startNewFile("no reason to").why().code()).as("a file in order is not started anew")
			.isEqualTo("audit.reason.fileInOrder");
		SigningRecord.Signed recorded = record.read(checkpoints.key().keyId()).orElseThrow();
		Path kept = Files.move(checkpoints.file(), aside.resolve("kept.txt"));
		try {
			assertThat(checkpoints.startNewFile(" ").outcome()).isEqualTo(Checkpoints.Outcome.REFUSED);
			CommandRun anew = CommandRun.against(TestDatabase.url(), "audit", "checkpoint", "--lost-file",
					"the disk holding it failed");
			assertThat(anew.exitCode()).as(anew.output() + anew.errors()).isZero();
			Checkpoint started = checkpoints.latest().orElseThrow();
			assertThat(Files.readAllLines(checkpoints.file())).containsExactly(started.line());
			assertThat(anew.output().strip()).endsWith(started.line());
			assertThat(started.seq()).isEqualTo(log.head().seq()).isGreaterThan(lost.seq());
			String detail = jdbc.sql("SELECT detail FROM audit_entry WHERE seq = :seq AND action = :action")
				.param("seq", started.seq())
				.param("action", Checkpoints.STARTED_ANEW)
				.query(String.class)
				.single();
			assertThat(detail).startsWith("the disk holding it failed (the checkpoint file lost covered entries 1 to " + lost.seq());
			ChainStatus status = checkpoints.verify();
			assertThat(status.intact()).as(status.describe()).isTrue();
		}
		finally {
			Files.move(kept, checkpoints.file(), StandardCopyOption.REPLACE_EXISTING);
			jdbc.sql("UPDATE audit_signing SET latest_seq = :seq, latest_hash = :hash, latest_signed_at = :at WHERE key_id = :keyId")
				.param("keyId", recorded.keyId())
				.param("seq", recorded.latestSeq())
				.param("hash", recorded.latestHash())
				.param("at", recorded.latestSignedAt())
				.update();
		}
		assertThat(checkpoints.verify().intact()).isTrue();
	}

	private long entriesStartingAnew() {
		return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :action")
			.param("action", Checkpoints.STARTED_ANEW)
			.query(Long.class)
			.single();
	}

	/** Someone with the database rewrites the first entry and recomputes every hash after it: the new last hash. */
	private String rewriteFromTheFirstEntry(List<Map<String, Object>> rows) {
		String previous = AuditEntry.GENESIS;
		for (Map<String, Object> row : rows) {
			long seq = ((Number) row.get("seq")).longValue();
			OffsetDateTime at = jdbc.sql("SELECT occurred_at FROM audit_entry WHERE seq = :seq").param("seq", seq)
				.query(OffsetDateTime.class)
				.single();
			AuditEntry entry = AuditEntry.chain(seq, at.toInstant(),
					(String) row.get("actor"), (String) row.get("action"), (String) row.get("object_type"),
					(String) row.get("object_id"), (String) row.get("audience_kind"), (UUID) row.get("audience_group"),
					seq == 1 ? "rewritten" : (String) row.get("detail"), previous);
			jdbc.sql("UPDATE audit_entry SET detail = :detail, previous_hash = :previous, hash = :hash WHERE seq = :seq")
				.param("detail", entry.detail())
				.param("previous", entry.previousHash())
				.param("hash", entry.hash())
				.param("seq", seq)
				.update();
			previous = entry.hash();
		}
		return previous;
	}

	private void restoreColumns(List<Map<String, Object>> rows) {
		for (Map<String, Object> row : rows) {
			jdbc.sql("UPDATE audit_entry SET detail = :detail, previous_hash = :previous, hash = :hash WHERE seq = :seq")
				.param("detail", row.get("detail"))
				.param("previous", row.get("previous_hash"))
				.param("hash", row.get("hash"))
				.param("seq", row.get("seq"))
				.update();
		}
	}

	private void moveHead(long seq, String hash) {
		jdbc.sql("UPDATE audit_head SET last_seq = :seq, last_hash = :hash WHERE id = 1").param("seq", seq).param("hash", hash).update();
	}

	private List<Map<String, Object>> rows(long from, long to) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Map<String, Object> row : jdbc.sql("SELECT * FROM audit_entry WHERE seq BETWEEN :from AND :to ORDER BY seq")
			.param("from", from)
			.param("to", to)
			.query()
			.listOfRows()) {
			Map<String, Object> lower = new HashMap<>();
			row.forEach((column, value) -> lower.put(column.toLowerCase(Locale.ROOT), value));
			rows.add(lower);
		}
		return rows;
	}

	private void restore(List<Map<String, Object>> rows) {
		for (Map<String, Object> row : rows) {
			jdbc.sql("INSERT INTO audit_entry (seq, occurred_at, actor, action, object_type, object_id, audience_kind,"
					+ " audience_group, detail, previous_hash, hash) VALUES (:seq, :occurred_at, :actor, :action,"
					+ " :object_type, :object_id, :audience_kind, :audience_group, :detail, :previous_hash, :hash)")
				.params(row)
				.update();
		}
	}
}
