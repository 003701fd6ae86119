package org.mediationdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * The audit log checked against its signed checkpoints: a log cut short, rewritten with consistent hashes, or
 * checked against an altered checkpoint is reported with the entries at fault, on the command line with exit code 1.
 */
@IntegrationTest
class AuditCheckpointIntegrationTests {

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	AuditLog log;

	@Autowired
	DocumentRegistry documents;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@TempDir
	Path elsewhere;

	private void fileDocuments(int count) {
		for (int i = 0; i < count; i++) {
			documents.file(fixtures.coChair(Institution.EU), new DocumentDraft("GID/CHECKPOINT/" + UUID.randomUUID().toString().substring(0, 8),
					"Checkpointed", DocumentKind.DRAFT, AuthorKind.CO_CHAIRS, null, Audience.coChairs(), LocalDate.now(), Map.of()));
		}
	}

	private Checkpoint signed() {
		Checkpoints.Signing signing = checkpoints.sign();
		assertThat(signing.outcome()).as(signing.reason()).isIn(Checkpoints.Outcome.SIGNED, Checkpoints.Outcome.UNCHANGED);
		return signing.latest();
	}

	@Test
	void signsTheHeadOnceAndOnlyWhenItMoved() throws Exception {
		fileDocuments(1);
		Checkpoints.Signing first = checkpoints.sign();
		assertThat(first.outcome()).isEqualTo(Checkpoints.Outcome.SIGNED);
		assertThat(first.latest().seq()).isEqualTo(log.head().seq());
		assertThat(first.latest().hash()).isEqualTo(log.head().hash());
		assertThat(Files.readAllLines(checkpoints.file()).get(Files.readAllLines(checkpoints.file()).size() - 1))
			.isEqualTo(first.latest().line())
			.startsWith("mediationdesk-audit-checkpoint/1 " + first.latest().seq() + " " + first.latest().hash() + " ");
		long lines = Files.readAllLines(checkpoints.file()).size();

		assertThat(checkpoints.sign().outcome()).isEqualTo(Checkpoints.Outcome.UNCHANGED);
		assertThat(Files.readAllLines(checkpoints.file())).hasSize((int) lines);
		ChainStatus status = checkpoints.verify();
		assertThat(status.intact()).as(status.describe()).isTrue();
		assertThat(status.describe()).contains("covers entries 1 to " + first.latest().seq() + " and matches");
	}

	@Test
	void namesTheLastThreeEntriesWhenTheyAreDeleted() {
		fileDocuments(3);
		Checkpoint checkpoint = signed();
		long last = checkpoint.seq();
		List<Map<String, Object>> removed = rows(last - 2, last);
		AuditLog.Head head = log.head();
		jdbc.sql("DELETE FROM audit_entry WHERE seq > :seq").param("seq", last - 3).update();
		try {
			ChainStatus cut = checkpoints.verify();
			assertThat(cut.intact()).isFalse();
			assertThat(cut.describe()).contains("entries " + (last - 2) + " to " + last);

			// and cut consistently: the head moved back as if the entries had never been written
			String hash = log.hashAt(last - 3).orElseThrow();
			jdbc.sql("UPDATE audit_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
				.param("seq", last - 3)
				.param("hash", hash)
				.update();
			assertThat(log.verify().intact()).as("the chain alone cannot tell").isTrue();
			ChainStatus truncated = checkpoints.verify();
			assertThat(truncated.intact()).isFalse();
			assertThat(truncated.firstBroken()).isEqualTo(last - 2);
			assertThat(truncated.lastBroken()).isEqualTo(last);
			assertThat(truncated.describe()).isEqualTo("audit chain broken at entries " + (last - 2) + " to " + last
					+ ": entries are missing from the end of the log: the checkpoint signed at " + checkpoint.signedAt()
					+ " covers entries 1 to " + last + ", the log ends at entry " + (last - 3));
			assertThat(checkpoints.sign().outcome()).as("a head that went back is not signed")
				.isEqualTo(Checkpoints.Outcome.REFUSED);

			CommandRun verify = CommandRun.against(TestDatabase.url(), "audit", "verify");
			assertThat(verify.exitCode()).isEqualTo(1);
			assertThat(verify.output()).contains("audit chain broken at entries " + (last - 2) + " to " + last);
		}
		finally {
			restore(removed);
			jdbc.sql("UPDATE audit_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
				.param("seq", head.seq())
				.param("hash", head.hash())
				.update();
		}
		assertThat(checkpoints.verify().intact()).isTrue();
	}

	@Test
	void failsOnTheSignatureWhenTheWholeChainIsRewrittenConsistently() {
		fileDocuments(2);
		Checkpoint checkpoint = signed();
		List<Map<String, Object>> original = rows(1, checkpoint.seq());
		AuditLog.Head head = log.head();
		// someone with the database rewrites the first entry and recomputes every hash after it, and the head
		String previous = AuditEntry.GENESIS;
		for (Map<String, Object> row : original) {
			AuditEntry entry = AuditEntry.chain(((Number) row.get("seq")).longValue(),
					((java.time.OffsetDateTime) jdbc.sql("SELECT occurred_at FROM audit_entry WHERE seq = :seq")
						.param("seq", row.get("seq"))
						.query(java.time.OffsetDateTime.class)
						.single()).toInstant(),
					(String) row.get("actor"), (String) row.get("action"), (String) row.get("object_type"),
					(String) row.get("object_id"), (String) row.get("audience_kind"), (UUID) row.get("audience_group"),
					((Number) row.get("seq")).longValue() == 1 ? "rewritten" : (String) row.get("detail"), previous);
			jdbc.sql("UPDATE audit_entry SET detail = :detail, previous_hash = :previous, hash = :hash WHERE seq = :seq")
				.param("detail", entry.detail())
				.param("previous", entry.previousHash())
				.param("hash", entry.hash())
				.param("seq", entry.seq())
				.update();
			previous = entry.hash();
		}
		jdbc.sql("UPDATE audit_head SET last_hash = :hash WHERE id = 1").param("hash", previous).update();
		try {
			assertThat(log.verify().intact()).as("the chain alone cannot tell").isTrue();
			ChainStatus rewritten = checkpoints.verify();
			assertThat(rewritten.intact()).isFalse();
			assertThat(rewritten.firstBroken()).isEqualTo(1);
			assertThat(rewritten.lastBroken()).isBetween(1L, checkpoint.seq());
			assertThat(rewritten.describe()).contains("the log was rewritten")
				.contains("differs from what the checkpoint signed at " + checkpoint.signedAt() + " vouches for");
			assertThat(checkpoints.sign().outcome()).as("a rewritten history is not signed")
				.isEqualTo(Checkpoints.Outcome.REFUSED);
			assertThat(CommandRun.against(TestDatabase.url(), "audit", "verify").exitCode()).isEqualTo(1);
		}
		finally {
			for (Map<String, Object> row : original) {
				jdbc.sql("UPDATE audit_entry SET detail = :detail, previous_hash = :previous, hash = :hash WHERE seq = :seq")
					.param("detail", row.get("detail"))
					.param("previous", row.get("previous_hash"))
					.param("hash", row.get("hash"))
					.param("seq", row.get("seq"))
					.update();
			}
			jdbc.sql("UPDATE audit_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
				.param("seq", head.seq())
				.param("hash", head.hash())
				.update();
		}
		assertThat(checkpoints.verify().intact()).isTrue();
	}

	@Test
	void checksAgainstAHeadKeptElsewhereAndRefusesATamperedOne() throws Exception {
		fileDocuments(1);
		Checkpoint checkpoint = signed();
		Path kept = Files.writeString(elsewhere.resolve("published.txt"), checkpoint.line() + "\n");
		CommandRun intact = CommandRun.against(TestDatabase.url(), "audit", "verify", "--checkpoint", kept.toString());
		assertThat(intact.exitCode()).as(intact.output() + intact.errors()).isZero();
		assertThat(intact.output()).contains("audit chain intact").contains("covers entries 1 to " + checkpoint.seq());

		String otherHash = (checkpoint.hash().charAt(0) == 'a' ? "b" : "a") + checkpoint.hash().substring(1);
		for (String tampered : List.of(checkpoint.line().replace(checkpoint.hash(), otherHash),
				checkpoint.line().replace(" " + checkpoint.seq() + " ", " " + (checkpoint.seq() + 1) + " "),
				checkpoint.line().substring(0, checkpoint.line().length() - 6) + "AAAA==")) {
			Path altered = Files.writeString(elsewhere.resolve("altered.txt"), tampered + "\n");
			ChainStatus status = checkpoints.verify(altered);
			assertThat(status.intact()).as(tampered).isFalse();
			assertThat(status.describe()).contains("does not verify with this installation's key");
			CommandRun refused = CommandRun.against(TestDatabase.url(), "audit", "verify", "--checkpoint=" + altered);
			assertThat(refused.exitCode()).isEqualTo(1);
			assertThat(refused.output()).contains("audit log not verified: the latest checkpoint (line 1 of " + altered);
		}
	}

	@Test
	void commandLinePrintsTheLatestSignedHead() throws Exception {
		fileDocuments(1);
		CommandRun run = CommandRun.against(TestDatabase.url(), "audit", "checkpoint");
		assertThat(run.exitCode()).as(run.output() + run.errors()).isZero();
		Checkpoint latest = checkpoints.latest().orElseThrow();
		assertThat(latest.seq()).isEqualTo(log.head().seq());
		List<String> lines = run.output().strip().lines().toList();
		assertThat(lines.get(lines.size() - 1)).isEqualTo(latest.line());
	}

	@Test
	void showsTheLatestSignedHeadAndThePublicKeyToAdministrators() throws Exception {
		fileDocuments(1);
		mvc.perform(post("/admin/audit/checkpoint").with(csrf()).with(authentication(Fixtures.authentication(fixtures.admin()))))
			.andExpect(redirectedUrl("/admin/audit"))
			.andExpect(flash().attribute("notice", "audit.checkpoint.signed"));
		Checkpoint latest = checkpoints.latest().orElseThrow();
		String page = mvc.perform(get("/admin/audit").with(authentication(Fixtures.authentication(fixtures.admin()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(latest.line()).contains(checkpoints.key().publicKeyPem().strip().split("\n")[1]);
		mvc.perform(post("/admin/audit/checkpoint").with(csrf()).with(authentication(Fixtures.authentication(fixtures.admin()))))
			.andExpect(flash().attribute("notice", "audit.checkpoint.unchanged"));
		mvc.perform(post("/admin/audit/checkpoint").with(csrf())
			.with(authentication(Fixtures.authentication(fixtures.coChair(Institution.EU))))).andExpect(status().isNotFound());
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
