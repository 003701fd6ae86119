package org.mediationdesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.shared.LanguageCode;

/**
 * A document keeps a version per language only where there is something in it, keeps attached files with their
 * language when the text is revised, records an author group only for a group's document, and keeps a group's
 * private symbols apart from everyone else's.
 */
class DocumentTests {

	private static final Instant FILED = Instant.parse("2026-03-02T09:00:00Z");
	private static final Instant LATER = Instant.parse("2026-03-03T10:30:00Z");
	private static final UUID GROUP = UUID.randomUUID();

	private static DocumentDraft draft(AuthorKind author, UUID group, Audience audience, Map<LanguageCode, String> texts) {
		return new DocumentDraft("GID/WG2/7", "Freedom of movement", DocumentKind.NON_PAPER, author, group, audience,
				LocalDate.of(2026, 3, 2), texts);
	}

	private static Document filed(Map<LanguageCode, String> texts) {
		return Document.file(draft(AuthorKind.CO_CHAIRS, null, Audience.allParticipants(), texts), "cc-un", FILED);
	}

	@Test
	void keepsOnlyTheLanguageVersionsThatHaveText() {
		Document document = filed(Map.of(LanguageCode.EN, "Crossings stay open.", LanguageCode.RU, "   "));

		DocumentDetail detail = document.detail();
		assertThat(detail.versions()).extracting(DocumentDetail.Version::language).containsExactly(LanguageCode.EN);
		assertThat(detail.text(LanguageCode.EN)).isEqualTo("Crossings stay open.");
		assertThat(detail.createdAt()).isEqualTo(FILED);
		assertThat(detail.updatedAt()).isEqualTo(FILED);
	}

	@Test
	void recordsAnAuthorGroupOnlyForAParticipantGroupsDocument() {
		Document coChairs = Document.file(draft(AuthorKind.CO_CHAIRS, GROUP, Audience.allParticipants(), Map.of()),
				"cc-un", FILED);
		Document group = Document.file(draft(AuthorKind.PARTICIPANT_GROUP, GROUP, Audience.groupOnly(GROUP), Map.of()),
				"ge-1", FILED);

		assertThat(coChairs.authorGroup()).as("the co-chairs' document names no group").isNull();
		assertThat(group.authorGroup()).isEqualTo(GROUP);
		assertThat(group.authorKind()).isEqualTo(AuthorKind.PARTICIPANT_GROUP);
	}

	@Test
	void keepsAGroupsPrivateSymbolsInASpaceOfTheirOwn() {
		assertThat(Document.symbolSpace(Audience.groupOnly(GROUP))).isEqualTo(GROUP.toString());
		assertThat(Document.symbolSpace(Audience.groupAndCoChairs(GROUP))).isEqualTo("shared");
		assertThat(Document.symbolSpace(Audience.everyone())).isEqualTo("shared");
		assertThat(Document.symbolSpace(Audience.coChairs())).isEqualTo("shared");
	}

	@Test
	void keepsAnAttachedFileWithItsLanguageWhenTheTextIsRevisedAway() {
		Document document = filed(Map.of(LanguageCode.EN, "Text.", LanguageCode.RU, "Текст."));
		UUID file = UUID.randomUUID();
		document.attach(LanguageCode.RU, file, "non-paper.pdf", AttachmentType.PDF, 1024, FILED);

		document.revise(draft(AuthorKind.CO_CHAIRS, null, Audience.everyone(), Map.of(LanguageCode.EN, "New text.")), LATER);

		DocumentDetail detail = document.detail();
		assertThat(detail.audience()).isEqualTo(Audience.everyone());
		assertThat(detail.text(LanguageCode.EN)).isEqualTo("New text.");
		assertThat(detail.in(LanguageCode.RU)).hasValueSatisfying(russian -> {
			assertThat(russian.text()).isEmpty();
			assertThat(russian.hasFile()).isTrue();
			assertThat(russian.fileName()).isEqualTo("non-paper.pdf");
		});
		assertThat(detail.updatedAt()).isEqualTo(LATER);
	}

	@Test
	void replacesTheFileOfALanguageWhenAnotherIsAttached() {
		Document document = filed(Map.of(LanguageCode.EN, "Text."));
		document.attach(LanguageCode.EN, UUID.randomUUID(), "first.pdf", AttachmentType.PDF, 10, FILED);
		document.attach(LanguageCode.EN, UUID.randomUUID(), "second.docx", AttachmentType.DOCX, 20, LATER);

		assertThat(document.detail().versions()).singleElement().satisfies(english -> {
			assertThat(english.fileName()).isEqualTo("second.docx");
			assertThat(english.fileType()).isEqualTo(AttachmentType.DOCX);
			assertThat(english.fileSize()).isEqualTo(20L);
			assertThat(english.text()).isEqualTo("Text.");
		});
	}

	@Test
	void detachingGivesBackTheFileAndKeepsTheText() {
		Document document = filed(Map.of(LanguageCode.EN, "Text."));
		UUID file = UUID.randomUUID();
		document.attach(LanguageCode.EN, file, "text.pdf", AttachmentType.PDF, 10, FILED);

		assertThat(document.detach(LanguageCode.EN, LATER)).contains(file);

		assertThat(document.detail().in(LanguageCode.EN)).hasValueSatisfying(english -> {
			assertThat(english.hasFile()).isFalse();
			assertThat(english.text()).isEqualTo("Text.");
		});
		assertThat(document.detail().updatedAt()).isEqualTo(LATER);
	}

	@Test
	void detachingALanguagesOnlyContentRemovesThatLanguage() {
		Document document = filed(Map.of(LanguageCode.EN, "Text."));
		document.attach(LanguageCode.KA, UUID.randomUUID(), "ka.pdf", AttachmentType.PDF, 10, FILED);

		assertThat(document.detach(LanguageCode.KA, LATER)).isPresent();

		assertThat(document.versionIn(LanguageCode.KA)).isEmpty();
	}

	@Test
	void detachingWhereNoFileIsAttachedChangesNothing() {
		Document document = filed(Map.of(LanguageCode.EN, "Text."));

		assertThat(document.detach(LanguageCode.EN, LATER)).isEmpty();
		assertThat(document.detach(LanguageCode.RU, LATER)).isEmpty();

		assertThat(document.detail().updatedAt()).as("nothing was changed").isEqualTo(FILED);
		assertThat(document.detail().text(LanguageCode.EN)).isEqualTo("Text.");
	}
}
