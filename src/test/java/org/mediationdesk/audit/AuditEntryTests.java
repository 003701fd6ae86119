package org.mediationdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AuditEntryTests {

	private final Instant at = Instant.parse("2026-11-22T10:15:30.123456Z");
	private final UUID group = UUID.randomUUID();

	@Test
	void chainsEachHashToThePreviousOne() {
		AuditEntry first = AuditEntry.chain(1, at, "admin", "account.created", "account", "x", null, null, "", AuditEntry.GENESIS);
		AuditEntry second = AuditEntry.chain(2, at, "admin", "account.created", "account", "x", null, null, "", first.hash());
		AuditEntry forged = AuditEntry.chain(2, at, "admin", "account.created", "account", "x", null, null, "", AuditEntry.GENESIS);
		assertThat(second.hash()).isNotEqualTo(forged.hash()).hasSize(64);
		assertThat(second.computeHash()).isEqualTo(second.hash());
	}

	@Test
	void changesHashWhenAnyFieldChanges() {
		AuditEntry entry = AuditEntry.chain(7, at, "a", "document.filed", "document", "id", "GROUP_ONLY", group, "d", AuditEntry.GENESIS);
		assertThat(new AuditEntry(8, at, "a", "document.filed", "document", "id", "GROUP_ONLY", group, "d", AuditEntry.GENESIS, null).computeHash())
			.isNotEqualTo(entry.hash());
		assertThat(new AuditEntry(7, at.plusNanos(1000), "a", "document.filed", "document", "id", "GROUP_ONLY", group, "d", AuditEntry.GENESIS, null).computeHash())
			.isNotEqualTo(entry.hash());
		assertThat(new AuditEntry(7, at, "a", "document.filed", "document", "id", "PUBLIC", group, "d", AuditEntry.GENESIS, null).computeHash())
			.isNotEqualTo(entry.hash());
		assertThat(new AuditEntry(7, at, "a", "document.filed", "document", "id", "GROUP_ONLY", group, "e", AuditEntry.GENESIS, null).computeHash())
			.isNotEqualTo(entry.hash());
	}

	@Test
	void keepsFieldBoundariesUnambiguous() {
		AuditEntry one = AuditEntry.chain(1, at, "a\nactor=b", "x", "t", "i", null, null, "", AuditEntry.GENESIS);
		AuditEntry other = AuditEntry.chain(1, at, "a", "x", "t", "i", null, null, "actor=b", AuditEntry.GENESIS);
		assertThat(one.canonical()).doesNotContain("\nactor=b\n");
		assertThat(one.hash()).isNotEqualTo(other.hash());
	}
}
