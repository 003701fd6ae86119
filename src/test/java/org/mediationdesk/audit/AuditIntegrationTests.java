package org.mediationdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mediationdesk.CommandRun;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.TestDatabase;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.documents.AuthorKind;
import org.mediationdesk.documents.DocumentDetail;
import org.mediationdesk.documents.DocumentDraft;
import org.mediationdesk.documents.DocumentKind;
import org.mediationdesk.documents.DocumentRegistry;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AuditIntegrationTests {

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

	private DocumentDetail file(Viewer viewer, Audience audience) {
		String symbol = "GID/AUDIT/" + UUID.randomUUID().toString().substring(0, 8);
		return documents.file(viewer, new DocumentDraft(symbol, "Audited", DocumentKind.DRAFT, AuthorKind.CO_CHAIRS, null,
				audience, LocalDate.now(), Map.of()));
	}

	@Test
	void recordsChangesWithActorObjectAndAudience() {
		Viewer ge = fixtures.participant("GE");
		DocumentDetail filed = file(ge, Audience.groupOnly(ge.groupId()));
		Map<String, Object> entry = jdbc.sql("SELECT * FROM audit_entry WHERE object_id = :id")
			.param("id", filed.id().toString())
			.query()
			.singleRow();
		assertThat(entry).containsEntry("actor", ge.username())
			.containsEntry("action", "document.filed")
			.containsEntry("audience_kind", "GROUP_ONLY")
			.containsEntry("audience_group", ge.groupId());
		assertThat(log.verify().intact()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "actor", "action", "object_type", "object_id", "detail", "audience_kind", "previous_hash", "hash" })
	void detectsAlteredRowAndNamesIt(String column) {
		file(fixtures.coChair(Institution.EU), Audience.coChairs());
		file(fixtures.coChair(Institution.EU), Audience.coChairs());
		long seq = jdbc.sql("SELECT MAX(seq) FROM audit_entry").query(Long.class).single() - 1;
		String original = jdbc.sql("SELECT " + column + " FROM audit_entry WHERE seq = :seq").param("seq", seq)
			.query(String.class)
			.single();
		try {
			jdbc.sql("UPDATE audit_entry SET " + column + " = :value WHERE seq = :seq")
				.param("value", original == null ? "X" : ("X" + original).substring(0, original.length()))
				.param("seq", seq)
				.update();
			ChainStatus status = log.verify();
			assertThat(status.intact()).isFalse();
			assertThat(status.firstBroken()).isEqualTo(seq);
			assertThat(status.describe()).contains("broken at entry " + seq);
		}
		finally {
			jdbc.sql("UPDATE audit_entry SET " + column + " = :value WHERE seq = :seq")
				.param("value", original)
				.param("seq", seq)
				.update();
		}
		assertThat(log.verify().intact()).isTrue();
	}

	@Test
	void detectsAlteredTimestamp() {
		file(fixtures.coChair(Institution.UN), Audience.coChairs());
		long seq = jdbc.sql("SELECT MAX(seq) FROM audit_entry").query(Long.class).single();
		jdbc.sql("UPDATE audit_entry SET occurred_at = occurred_at + INTERVAL '1' SECOND WHERE seq = :seq")
			.param("seq", seq)
			.update();
		try {
			assertThat(log.verify().firstBroken()).isEqualTo(seq);
		}
		finally {
			jdbc.sql("UPDATE audit_entry SET occurred_at = occurred_at - INTERVAL '1' SECOND WHERE seq = :seq")
				.param("seq", seq)
				.update();
		}
		assertThat(log.verify().intact()).isTrue();
	}

	@Test
	void detectsRemovedLastEntry() {
		file(fixtures.coChair(Institution.UN), Audience.coChairs());
		long seq = jdbc.sql("SELECT MAX(seq) FROM audit_entry").query(Long.class).single();
		Map<String, Object> row = new java.util.HashMap<>();
		jdbc.sql("SELECT * FROM audit_entry WHERE seq = :seq")
			.param("seq", seq)
			.query()
			.singleRow()
			.forEach((column, value) -> row.put(column.toLowerCase(java.util.Locale.ROOT), value));
		jdbc.sql("DELETE FROM audit_entry WHERE seq = :seq").param("seq", seq).update();
		try {
			ChainStatus status = log.verify();
			assertThat(status.intact()).isFalse();
			assertThat(status.firstBroken()).isEqualTo(seq);
		}
		finally {
			jdbc.sql("INSERT INTO audit_entry (seq, occurred_at, actor, action, object_type, object_id, audience_kind,"
					+ " audience_group, detail, previous_hash, hash) VALUES (:seq, :occurred_at, :actor, :action,"
					+ " :object_type, :object_id, :audience_kind, :audience_group, :detail, :previous_hash, :hash)")
				.params(row)
				.update();
		}
		assertThat(log.verify().intact()).isTrue();
	}

	@Autowired
	Checkpoints checkpoints;

	@Test
	void commandLineVerifiesTheChainAndExitsWithItsStatus() {
		file(fixtures.coChair(Institution.OSCE), Audience.coChairs());
		checkpoints.sign();
		CommandRun intact = runAuditVerify();
		assertThat(intact.exitCode()).isZero();
		assertThat(intact.output()).contains("audit chain intact: " + log.verify().entries() + " entries");

		long seq = jdbc.sql("SELECT MAX(seq) FROM audit_entry").query(Long.class).single();
		String actor = jdbc.sql("SELECT actor FROM audit_entry WHERE seq = :seq").param("seq", seq).query(String.class).single();
		jdbc.sql("UPDATE audit_entry SET actor = 'someone else' WHERE seq = :seq").param("seq", seq).update();
		try {
			CommandRun broken = runAuditVerify();
			assertThat(broken.exitCode()).isEqualTo(1);
			assertThat(broken.output()).contains("audit chain broken at entry " + seq);
		}
		finally {
			jdbc.sql("UPDATE audit_entry SET actor = :actor WHERE seq = :seq").param("actor", actor).param("seq", seq).update();
		}
	}

	@Test
	void showsAdministratorOnlyEntriesAboutWhatAdministratorsMaySee() throws Exception {
		Viewer ge = fixtures.participant("GE");
		DocumentDetail secret = file(ge, Audience.groupOnly(ge.groupId()));
		DocumentDetail open = file(fixtures.coChair(Institution.EU), Audience.everyone());
		String page = mvc.perform(get("/admin/audit?verify=true").with(authentication(Fixtures.authentication(fixtures.admin()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(open.id().toString()).doesNotContain(secret.id().toString()).contains("chain-status");
		for (Viewer other : new Viewer[] { fixtures.coChair(Institution.EU), ge }) {
			mvc.perform(get("/admin/audit").with(authentication(Fixtures.authentication(other))))
				.andExpect(status().isNotFound());
		}
	}

	@Test
	void hidesTheHistoryOfADocumentTakenBackFromThePublic() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.EU);
		DocumentDetail document = file(coChair, Audience.everyone());
		assertThat(adminPage()).contains(document.id().toString());
		documents.revise(coChair, document.id(), document.version(), new DocumentDraft(document.symbol(),
				document.title(), document.kind(), AuthorKind.CO_CHAIRS, null, Audience.coChairs(),
				document.circulationDate(), Map.of()));
		assertThat(adminPage()).doesNotContain(document.id().toString());
	}

	private String adminPage() throws Exception {
		return mvc.perform(get("/admin/audit").with(authentication(Fixtures.authentication(fixtures.admin()))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private CommandRun runAuditVerify() {
		return CommandRun.against(TestDatabase.url(), "audit", "verify");
	}
}
