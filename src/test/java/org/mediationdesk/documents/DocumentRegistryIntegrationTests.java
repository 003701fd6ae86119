package org.mediationdesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DocumentRegistryIntegrationTests {

	@Autowired
	DocumentRegistry registry;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	private DocumentDraft draft(String symbol, Audience audience) {
		return new DocumentDraft(symbol, "Title of " + symbol, DocumentKind.NON_PAPER, AuthorKind.CO_CHAIRS, null,
				audience, LocalDate.of(2026, 11, 20), Map.of(LanguageCode.EN, "Text", LanguageCode.RU, "Текст"));
	}

	private static String symbol() {
		return "GID/TEST/" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void filesDocumentAndShowsItOnlyToItsAudience() {
		Viewer ge = fixtures.participant("GE");
		DocumentDetail filed = registry.file(ge, draft(symbol(), Audience.groupOnly(ge.groupId())));

		assertThat(registry.get(ge, filed.id()).title()).startsWith("Title of");
		assertThat(filed.authorKind()).isEqualTo(AuthorKind.PARTICIPANT_GROUP);
		assertThat(filed.authorGroup()).isEqualTo(ge.groupId());
		assertThat(filed.versions()).extracting(DocumentDetail.Version::language)
			.containsExactly(LanguageCode.EN, LanguageCode.RU);
		for (Viewer other : new Viewer[] { fixtures.participant("RU"), fixtures.coChair(Institution.EU),
				fixtures.secretariat(), fixtures.admin(), Viewer.anonymous() }) {
			assertThatThrownBy(() -> registry.get(other, filed.id())).as(other.username())
				.isInstanceOf(DeskException.NotFound.class);
			assertThat(registry.search(other, new DocumentQuery(filed.symbol(), null, null, null, null, 0)).total())
				.as(other.username())
				.isZero();
		}
	}

	@Test
	void makesParticipantsFileAsTheirOwnGroup() {
		Viewer ge = fixtures.participant("GE");
		DocumentDraft claimsOtherAuthor = new DocumentDraft(symbol(), "t", DocumentKind.STATEMENT, AuthorKind.CO_CHAIRS,
				null, Audience.allParticipants(), LocalDate.now(), Map.of());
		assertThat(registry.file(ge, claimsOtherAuthor).authorGroup()).isEqualTo(ge.groupId());
		assertThatThrownBy(() -> registry.file(ge, draft(symbol(), Audience.groupOnly(fixtures.group("RU").id()))))
			.hasMessage("document.audienceNotAllowed");
		assertThatThrownBy(() -> registry.file(ge, draft(symbol(), Audience.everyone())))
			.hasMessage("document.audienceNotAllowed");
	}

	@Test
	void refusesFilingToAdministratorsAndThePublic() {
		assertThatThrownBy(() -> registry.file(fixtures.admin(), draft(symbol(), Audience.everyone())))
			.isInstanceOf(DeskException.NotFound.class);
		assertThatThrownBy(() -> registry.file(Viewer.anonymous(), draft(symbol(), Audience.everyone())))
			.isInstanceOf(DeskException.NotFound.class);
	}

	@Test
	void rejectsDuplicateSymbolWithoutStoringAnything() {
		Viewer coChair = fixtures.coChair(Institution.UN);
		String symbol = symbol();
		registry.file(coChair, draft(symbol, Audience.everyone()));
		long before = jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single();
		assertThatThrownBy(() -> registry.file(coChair, draft(symbol, Audience.coChairs())))
			.isInstanceOf(DeskException.Conflict.class)
			.hasMessage("document.symbolTaken");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void rejectsOverlongTitleAndMalformedSymbol() {
		Viewer coChair = fixtures.coChair(Institution.UN);
		DocumentDraft longTitle = new DocumentDraft(symbol(), "x".repeat(301), DocumentKind.REPORT, AuthorKind.CO_CHAIRS,
				null, Audience.everyone(), LocalDate.now(), Map.of());
		assertThatThrownBy(() -> registry.file(coChair, longTitle)).hasMessage("document.titleInvalid");
		assertThatThrownBy(() -> registry.file(coChair, draft("bad symbol with spaces", Audience.everyone())))
			.hasMessage("document.symbolInvalid");
	}

	@Test
	void refusesStaleRevisionAndKeepsTheFirstWritersText() {
		Viewer coChair = fixtures.coChair(Institution.OSCE);
		DocumentDetail filed = registry.file(coChair, draft(symbol(), Audience.coChairs()));
		DocumentDraft first = new DocumentDraft(filed.symbol(), "First writer", filed.kind(), AuthorKind.CO_CHAIRS, null,
				Audience.coChairs(), filed.circulationDate(), Map.of(LanguageCode.EN, "first"));
		DocumentDraft second = new DocumentDraft(filed.symbol(), "Second writer", filed.kind(), AuthorKind.CO_CHAIRS, null,
				Audience.coChairs(), filed.circulationDate(), Map.of(LanguageCode.EN, "second"));

		registry.revise(coChair, filed.id(), filed.version(), first);

		assertThatThrownBy(() -> registry.revise(fixtures.secretariat(), filed.id(), filed.version(), second))
			.isInstanceOf(DeskException.Conflict.class)
			.hasMessage("document.changedMeanwhile");
		assertThat(registry.get(coChair, filed.id()).title()).isEqualTo("First writer");
	}

	@Test
	void letsOnlyTheAuthoringGroupOrMediatorsRevise() {
		Viewer ge = fixtures.participant("GE");
		DocumentDetail filed = registry.file(ge, draft(symbol(), Audience.allParticipants()));
		Viewer ru = fixtures.participant("RU");
		assertThat(registry.mayRevise(ru, registry.get(ru, filed.id()))).isFalse();
		assertThatThrownBy(() -> registry.revise(ru, filed.id(), filed.version(), draft(filed.symbol(), Audience.allParticipants())))
			.isInstanceOf(DeskException.NotFound.class);
		assertThat(registry.mayRevise(fixtures.secretariat(), filed)).isTrue();
	}

	@Test
	void attachesDownloadsAndRemovesFilesCheckingTheirContent() throws IOException {
		Viewer coChair = fixtures.coChair(Institution.EU);
		DocumentDetail filed = registry.file(coChair, draft(symbol(), Audience.allParticipants()));
		byte[] pdf = AttachmentTypeTests.pdf();

		registry.attach(coChair, filed.id(), LanguageCode.EN, "non-paper.pdf", pdf);
		Attachment downloaded = registry.download(fixtures.participant("AB"), filed.id(), LanguageCode.EN);

		assertThat(downloaded.content()).isEqualTo(pdf);
		assertThat(downloaded.type()).isEqualTo(AttachmentType.PDF);
		assertThatThrownBy(() -> registry.download(Viewer.anonymous(), filed.id(), LanguageCode.EN))
			.isInstanceOf(DeskException.NotFound.class);
		assertThatThrownBy(() -> registry.attach(coChair, filed.id(), LanguageCode.RU, "fake.pdf", "plain text".getBytes()))
			.hasMessage("attachment.typeUnknown");
		assertThatThrownBy(() -> registry.attach(coChair, filed.id(), LanguageCode.RU, "renamed.docx", pdf))
			.hasMessage("attachment.nameMismatch");
		assertThatThrownBy(() -> registry.attach(coChair, filed.id(), LanguageCode.RU, "big.pdf",
				new byte[(int) AttachmentType.MAX_BYTES + 1]))
			.hasMessage("attachment.tooLarge");
		registry.attach(coChair, filed.id(), LanguageCode.RU, "проект.pdf", pdf);
		registry.attach(coChair, filed.id(), LanguageCode.RU, "проект.docx", AttachmentTypeTests.docx());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM document_file f JOIN language_version v ON v.file_id = f.id"
				+ " WHERE v.document = :id").param("id", filed.id()).query(Long.class).single()).isEqualTo(2);
		assertThat(registry.get(coChair, filed.id()).in(LanguageCode.RU).orElseThrow().fileName()).isEqualTo("проект.docx");

		registry.detach(coChair, filed.id(), LanguageCode.EN);

		assertThatThrownBy(() -> registry.download(coChair, filed.id(), LanguageCode.EN))
			.isInstanceOf(DeskException.NotFound.class);
		assertThat(registry.get(coChair, filed.id()).text(LanguageCode.EN)).isEqualTo("Text");
	}

	@Test
	void keepsGroupsPrivateSymbolsFromRevealingTheirDocuments() {
		Viewer ge = fixtures.participant("GE");
		String number = "2026/" + UUID.randomUUID().toString().substring(0, 6);
		DocumentDetail secret = registry.file(ge, draft(number, Audience.groupOnly(ge.groupId())));
		assertThat(secret.symbol()).isEqualTo("GE/" + number);

		Viewer coChair = fixtures.coChair(Institution.EU);
		assertThatThrownBy(() -> registry.file(coChair, draft(secret.symbol(), Audience.coChairs())))
			.as("a group's prefix is reserved to its documents")
			.hasMessage("document.symbolReserved");
		assertThatThrownBy(() -> registry.file(fixtures.participant("RU"), draft(secret.symbol(), Audience.allParticipants())))
			.hasMessage("document.symbolReserved");
		assertThatThrownBy(() -> registry.file(fixtures.participant("RU"), draft("SO/" + number, Audience.allParticipants())))
			.as("another group's prefix is reserved whatever the order of the groups")
			.hasMessage("document.symbolReserved");
		DocumentDraft hiddenFromItsAuthor = new DocumentDraft(secret.symbol(), "Registered by the co-chairs",
				DocumentKind.STATEMENT, AuthorKind.PARTICIPANT_GROUP, ge.groupId(), Audience.groupAndCoChairs(
						fixtures.group("RU").id()), LocalDate.now(), Map.of());
		assertThatThrownBy(() -> registry.file(coChair, hiddenFromItsAuthor))
			.as("a group's document is never hidden from the group, so its symbol cannot give anything away")
			.hasMessage("document.audienceHidesFromAuthor");
		DocumentDraft sameSymbolForTheGroup = new DocumentDraft(secret.symbol(), "Registered by the co-chairs",
				DocumentKind.STATEMENT, AuthorKind.PARTICIPANT_GROUP, ge.groupId(), Audience.groupAndCoChairs(ge.groupId()),
				LocalDate.now(), Map.of());
		assertThat(registry.file(coChair, sameSymbolForTheGroup).symbol())
			.as("no clash with a private document the co-chairs may not know of")
			.isEqualTo(secret.symbol());
		assertThatThrownBy(() -> registry.file(ge, draft(number, Audience.groupAndCoChairs(ge.groupId()))))
			.as("within the shared space the symbol is taken now")
			.hasMessage("document.symbolTaken");
	}

	@Test
	void letsNoParticipantNarrowAPublishedDocument() {
		Viewer ge = fixtures.participant("GE");
		DocumentDraft published = new DocumentDraft(symbol(), "Published", DocumentKind.STATEMENT,
				AuthorKind.PARTICIPANT_GROUP, ge.groupId(), Audience.everyone(), LocalDate.now(), Map.of());
		DocumentDetail filed = registry.file(fixtures.secretariat(), published);
		assertThat(registry.mayRevise(ge, filed)).isFalse();
		assertThatThrownBy(() -> registry.revise(ge, filed.id(), filed.version(),
				draft(filed.symbol(), Audience.groupOnly(ge.groupId()))))
			.isInstanceOf(DeskException.NotFound.class);
		assertThat(registry.get(Viewer.anonymous(), filed.id()).title()).isEqualTo("Published");
	}

	@Test
	void searchesForTextLiterallyAndIgnoresMissingTexts() {
		Viewer coChair = fixtures.coChair(Institution.UN);
		String marker = UUID.randomUUID().toString().substring(0, 6);
		java.util.Map<LanguageCode, String> texts = new java.util.HashMap<>();
		texts.put(LanguageCode.EN, null);
		texts.put(LanguageCode.RU, "Текст");
		registry.file(coChair, new DocumentDraft(symbol(), "axb " + marker + " 100% agreed", DocumentKind.REPORT,
				AuthorKind.CO_CHAIRS, null, Audience.coChairs(), LocalDate.now(), texts));
		assertThat(registry.search(coChair, new DocumentQuery(marker + " 100% agr", null, null, null, null, 0)).total())
			.isEqualTo(1);
		assertThat(registry.search(coChair, new DocumentQuery("a_b " + marker, null, null, null, null, 0)).total()).isZero();
		assertThat(registry.search(coChair, new DocumentQuery(marker + " 1%", null, null, null, null, 0)).total()).isZero();
	}

	@Test
	void paginatesTheListTheViewerMaySee() {
		Viewer coChair = fixtures.coChair(Institution.EU);
		String prefix = "GID/PAGE/" + UUID.randomUUID().toString().substring(0, 6) + "/";
		for (int i = 0; i < 25; i++) {
			registry.file(coChair, draft(prefix + i, Audience.coChairs()));
		}
		DocumentPage first = registry.search(coChair, new DocumentQuery(prefix, null, null, null, null, 0));
		DocumentPage second = registry.search(coChair, new DocumentQuery(prefix, null, null, null, null, 1));
		assertThat(first.total()).isEqualTo(25);
		assertThat(first.items()).hasSize(20);
		assertThat(second.items()).hasSize(5);
		assertThat(first.totalPages()).isEqualTo(2);
		assertThat(registry.search(fixtures.participant("US"), new DocumentQuery(prefix, null, null, null, null, 0)).total())
			.isZero();
	}
}
