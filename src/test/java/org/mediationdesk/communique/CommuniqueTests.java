package org.mediationdesk.communique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;

/** The rules of a communiqué's sign-off, publication and correction, as the aggregate guards them. */
class CommuniqueTests {

	static final Instant T0 = Instant.parse("2027-03-11T10:00:00Z");

	static Communique draft() {
		Map<LanguageCode, String> texts = new EnumMap<>(LanguageCode.class);
		texts.put(LanguageCode.EN, "The participants met.\n\nThey agreed to meet again.");
		texts.put(LanguageCode.RU, "Участники встретились.");
		return Communique.draft(64, 1, null, texts, "secretariat", T0);
	}

	static Communique approvedByAll() {
		Communique communique = draft();
		for (Institution institution : Institution.values()) {
			communique.approve(institution, institution.name().toLowerCase(), communique.fingerprint(), T0.plusSeconds(60));
		}
		return communique;
	}

	static Communique published() {
		Communique communique = approvedByAll();
		communique.publish(T0.plusSeconds(3600));
		return communique;
	}

	@Test
	void approvesTheTextAsItStandsOncePerInstitution() {
		Communique communique = draft();
		CommuniqueApproval approval = communique.approve(Institution.EU, "eu", communique.fingerprint(), T0);
		assertThat(approval.textHash()).isEqualTo(communique.fingerprint());
		assertThat(communique.missingApprovals()).containsExactlyInAnyOrder(Institution.UN, Institution.OSCE);
		assertThatThrownBy(() -> communique.approve(Institution.EU, "eu2", null, T0))
			.isInstanceOf(DeskException.Conflict.class)
			.satisfies(refused -> assertThat(((DeskException) refused).code()).isEqualTo("communique.alreadyApproved"))
			.satisfies(refused -> assertThat(((DeskException) refused).arguments()).contains(CommuniqueStatus.DRAFT));
	}

	@Test
	void refusesApprovalOfATextChangedSinceItWasRead() {
		Communique communique = draft();
		String read = communique.fingerprint();
		communique.edit(LanguageCode.EN, "Another text.", "eu", T0);
		assertThatThrownBy(() -> communique.approve(Institution.UN, "un", read, T0)).isInstanceOf(DeskException.Stale.class);
		assertThat(communique.activeApprovals()).isEmpty();
	}

	@Test
	void refusesApprovalWithoutTheEnglishVersion() {
		Communique communique = draft();
		communique.edit(LanguageCode.EN, "  ", "eu", T0);
		assertThatThrownBy(() -> communique.approve(Institution.UN, "un", null, T0))
			.isInstanceOf(DeskException.Invalid.class)
			.satisfies(refused -> assertThat(((DeskException) refused).code()).isEqualTo("communique.englishMissing"));
		assertThat(communique.availableActions(Institution.UN)).doesNotContain(CommuniqueAction.APPROVE);
	}

	@Test
	void refusesApprovalOfAnEmbargoedEdition() {
		Communique communique = approvedByAll();
		communique.embargo(T0.plusSeconds(3600));
		assertThatThrownBy(() -> communique.approve(Institution.EU, "eu", null, T0))
			.isInstanceOf(DeskException.Conflict.class)
			.hasMessage("communique.notADraft")
			.satisfies(refused -> assertThat(((DeskException) refused).arguments()).contains(CommuniqueStatus.EMBARGOED));
	}

	@Test
	void refusesApprovalOfAPublishedEdition() {
		Communique communique = published();
		assertThatThrownBy(() -> communique.approve(Institution.EU, "eu", null, T0))
			.isInstanceOf(DeskException.Conflict.class)
			.satisfies(refused -> assertThat(((DeskException) refused).arguments()).contains(CommuniqueStatus.PUBLISHED));
	}

	@Test
	void anEditWithdrawsEveryApprovalAndLiftsTheEmbargo() {
		Communique communique = approvedByAll();
		communique.embargo(T0.plusSeconds(3600));
		assertThat(communique.edit(LanguageCode.KA, "ტექსტი", "eu", T0.plusSeconds(120))).hasSize(3);
		assertThat(communique.status()).isEqualTo(CommuniqueStatus.DRAFT);
		assertThat(communique.embargoUntil()).isNull();
		assertThat(communique.activeApprovals()).isEmpty();
		assertThat(communique.approvalHistory()).hasSize(3)
			.allSatisfy(approval -> assertThat(approval.withdrawnAt()).isEqualTo(T0.plusSeconds(120)));
		assertThat(communique.missingApprovals()).containsExactlyInAnyOrder(Institution.values());
	}

	@Test
	void withdrawsOnlyTheApprovalsStillStanding() {
		Communique communique = draft();
		communique.approve(Institution.EU, "eu", null, T0);
		assertThat(communique.withdraw(T0.plusSeconds(1))).hasSize(1);
		communique.approve(Institution.EU, "eu", null, T0.plusSeconds(2));
		assertThat(communique.withdraw(T0.plusSeconds(3))).singleElement()
			.satisfies(approval -> assertThat(approval.approvedAt()).isEqualTo(T0.plusSeconds(2)));
		assertThat(communique.approvalHistory()).hasSize(2);
	}

	@Test
	void refusesToWithdrawApprovalsOfAPublishedEdition() {
		Communique communique = published();
		assertThatThrownBy(() -> communique.withdraw(T0)).isInstanceOf(DeskException.Conflict.class)
			.hasMessage("communique.published")
			.satisfies(refused -> assertThat(((DeskException) refused).arguments()).contains(CommuniqueStatus.PUBLISHED));
		assertThat(communique.activeApprovals()).hasSize(3);
	}

	@Test
	void refusesToEditAPublishedEdition() {
		Communique communique = published();
		assertThatThrownBy(() -> communique.edit(LanguageCode.EN, "Changed.", "eu", T0))
			.isInstanceOf(DeskException.Conflict.class)
			.hasMessage("communique.published");
		assertThat(communique.text(LanguageCode.EN)).startsWith("The participants met.");
	}

	@Test
	void refusesATextLongerThanItsColumn() {
		Communique communique = draft();
		assertThatThrownBy(() -> communique.edit(LanguageCode.EN, "x".repeat(Communique.MAX_TEXT + 1), "eu", T0))
			.isInstanceOf(DeskException.Invalid.class);
	}

	@Test
	void refusesAnEmbargoWithoutTheThreeApprovals() {
		Communique communique = draft();
		communique.approve(Institution.EU, "eu", null, T0);
		assertThatThrownBy(() -> communique.embargo(T0.plusSeconds(3600)))
			.isInstanceOf(DeskException.Conflict.class)
			.hasMessage("communique.approvalsMissing")
			.satisfies(refused -> assertThat(((DeskException) refused).arguments()).contains(CommuniqueStatus.DRAFT));
		assertThat(communique.status()).isEqualTo(CommuniqueStatus.DRAFT);
	}

	@Test
	void publishesNowWithTheThreeApprovals() {
		Communique communique = approvedByAll();
		communique.embargo(T0.plusSeconds(7200));
		communique.publish(T0.plusSeconds(3600));
		assertThat(communique.status()).isEqualTo(CommuniqueStatus.PUBLISHED);
		assertThat(communique.publishedAt()).isEqualTo(T0.plusSeconds(3600));
		assertThat(communique.embargoUntil()).as("publishing now lifts the embargo").isNull();
	}

	@Test
	void refusesPublicationWithoutTheThreeApprovals() {
		Communique communique = draft();
		communique.approve(Institution.EU, "eu", null, T0);
		communique.approve(Institution.UN, "un", null, T0);
		assertThatThrownBy(() -> communique.publish(T0)).isInstanceOf(DeskException.Conflict.class)
			.hasMessage("communique.approvalsMissing")
			.satisfies(refused -> assertThat(((DeskException) refused).arguments()).contains("OSCE"));
		assertThat(communique.status()).isEqualTo(CommuniqueStatus.DRAFT);
		assertThat(communique.publishedAt()).isNull();
	}

	@Test
	void refusesToPublishAnEditionTwice() {
		Communique communique = published();
		assertThatThrownBy(() -> communique.publish(T0.plusSeconds(7200))).isInstanceOf(DeskException.Conflict.class)
			.hasMessage("communique.published");
		assertThat(communique.publishedAt()).isEqualTo(T0.plusSeconds(3600));
	}

	@Test
	void publishesAtTheEmbargoTimeDatedAtThatTime() {
		Communique communique = approvedByAll();
		Instant until = T0.plusSeconds(3600);
		communique.embargo(until);
		communique.publishAtEmbargo(until.plusSeconds(14));
		assertThat(communique.status()).isEqualTo(CommuniqueStatus.PUBLISHED);
		assertThat(communique.publishedAt()).isEqualTo(until);
	}

	@Test
	void refusesToPublishBeforeTheEmbargoTime() {
		Communique communique = approvedByAll();
		communique.embargo(T0.plusSeconds(3600));
		assertThatThrownBy(() -> communique.publishAtEmbargo(T0.plusSeconds(3599)))
			.isInstanceOf(DeskException.Conflict.class)
			.hasMessage("communique.embargoNotDue");
		assertThat(communique.status()).isEqualTo(CommuniqueStatus.EMBARGOED);
	}

	@Test
	void refusesToPublishAtAnEmbargoThatIsNotSet() {
		Communique communique = approvedByAll();
		assertThatThrownBy(() -> communique.publishAtEmbargo(T0.plusSeconds(3600)))
			.isInstanceOf(DeskException.Conflict.class)
			.hasMessage("communique.notEmbargoed")
			.satisfies(refused -> assertThat(((DeskException) refused).arguments()).contains(CommuniqueStatus.DRAFT));
		Communique published = published();
		assertThatThrownBy(() -> published.publishAtEmbargo(T0.plusSeconds(7200)))
			.isInstanceOf(DeskException.Conflict.class)
			.satisfies(refused -> assertThat(((DeskException) refused).arguments()).contains(CommuniqueStatus.PUBLISHED));
	}

	@Test
	void refusesToShareAPublishedEdition() {
		Communique communique = published();
		assertThatThrownBy(communique::share).isInstanceOf(DeskException.Conflict.class).hasMessage("communique.published");
	}

	@Test
	void correctsAPublishedEditionWithANewEditionThatSaysWhatItCorrects() {
		Communique communique = published();
		Communique correction = communique.correct(2, language -> "Corrects " + language, "eu", T0.plusSeconds(9000));
		assertThat(correction.id()).isNotEqualTo(communique.id());
		assertThat(correction.edition()).isEqualTo(2);
		assertThat(correction.corrects()).isEqualTo(1);
		assertThat(correction.status()).isEqualTo(CommuniqueStatus.DRAFT);
		assertThat(correction.paragraphs(LanguageCode.EN)).containsExactly("Corrects EN", "The participants met.",
				"They agreed to meet again.");
		assertThat(correction.text(LanguageCode.KA)).as("a missing version stays missing").isNull();
		assertThat(correction.activeApprovals()).isEmpty();
		assertThat(communique.status()).as("the corrected edition stays as published").isEqualTo(CommuniqueStatus.PUBLISHED);
	}

	@Test
	void refusesToCorrectAnEditionNotPublished() {
		Communique communique = approvedByAll();
		assertThatThrownBy(() -> communique.correct(2, language -> "Corrects", "eu", T0))
			.isInstanceOf(DeskException.Conflict.class)
			.hasMessage("communique.nothingToCorrect")
			.satisfies(refused -> assertThat(((DeskException) refused).arguments()).contains(CommuniqueStatus.DRAFT));
	}

	@Test
	void refusesACorrectionThatIsNotANewerEdition() {
		Communique communique = published();
		assertThatThrownBy(() -> communique.correct(1, language -> "Corrects", "eu", T0))
			.isInstanceOf(DeskException.Conflict.class);
	}

	@Test
	void offersEditingSharingAndTheViewersApprovalOnADraft() {
		Communique communique = draft();
		assertThat(communique.availableActions(Institution.EU)).containsExactlyInAnyOrder(CommuniqueAction.EDIT,
				CommuniqueAction.SHARE, CommuniqueAction.APPROVE);
		assertThat(communique.availableActions(null)).as("the secretariat does not approve")
			.containsExactlyInAnyOrder(CommuniqueAction.EDIT, CommuniqueAction.SHARE);
		communique.share();
		communique.approve(Institution.EU, "eu", null, T0);
		assertThat(communique.availableActions(Institution.EU)).containsExactly(CommuniqueAction.EDIT);
		assertThat(communique.availableActions(Institution.UN)).containsExactlyInAnyOrder(CommuniqueAction.EDIT,
				CommuniqueAction.APPROVE);
	}

	@Test
	void offersPublicationOnlyWithTheThreeApprovals() {
		Communique communique = approvedByAll();
		assertThat(communique.availableActions(Institution.OSCE)).containsExactlyInAnyOrder(CommuniqueAction.EDIT,
				CommuniqueAction.SHARE, CommuniqueAction.PUBLISH, CommuniqueAction.EMBARGO);
		communique.embargo(T0.plusSeconds(3600));
		assertThat(communique.availableActions(Institution.OSCE)).as("under embargo: no approval, publication now")
			.containsExactlyInAnyOrder(CommuniqueAction.EDIT, CommuniqueAction.SHARE, CommuniqueAction.PUBLISH,
					CommuniqueAction.EMBARGO);
	}

	@Test
	void offersOnlyACorrectionOncePublished() {
		assertThat(published().availableActions(Institution.EU)).containsExactly(CommuniqueAction.CORRECT);
	}

	@Test
	void refusesAVersionWithADirectionControlAndKeepsTheTextApproved() {
		Communique communique = approvedByAll();
		String approved = communique.fingerprint();
		assertThatThrownBy(() -> communique.edit(LanguageCode.EN,
				"The participants \u202Eecrof esu llahs seitrap lla\u202C.", "secretariat", T0.plusSeconds(120)))
			.isInstanceOf(DeskException.Invalid.class).hasMessage("text.directionControls");
		assertThat(communique.fingerprint()).as("nothing changed: the approvals stand").isEqualTo(approved);
		assertThat(communique.missingApprovals()).isEmpty();
	}

	@Test
	void hashesTheVersionsWithoutDirectionControlsAndKeepsMixedScriptsAsTyped() {
		Communique communique = draft();
		String mixed = "Участники из Цхинвали / ცხინვალი and Sukhum(i) met.\n\nThey agreed to meet again.";
		communique.edit(LanguageCode.KA, mixed, "secretariat", T0.plusSeconds(60));
		assertThat(communique.text(LanguageCode.KA)).isEqualTo(mixed);
		Map<LanguageCode, String> marked = new EnumMap<>(LanguageCode.class);
		marked.put(LanguageCode.EN, "The participants\u200F met.\n\nThey agreed to meet again.");
		marked.put(LanguageCode.RU, "Участники встретились.");
		Communique drafted = Communique.draft(64, 1, null, marked, "secretariat", T0);
		assertThat(drafted.text(LanguageCode.EN)).as("a draft written from the record has them removed")
			.isEqualTo("The participants met.\n\nThey agreed to meet again.");
		assertThat(drafted.fingerprint()).isEqualTo(draft().fingerprint());
	}

	static Communique withPlaceholders() {
		Map<LanguageCode, String> texts = new EnumMap<>(LanguageCode.class);
		texts.put(LanguageCode.EN, "The participants met.\n\n[The paragraph on the mechanisms: to be written.]");
		texts.put(LanguageCode.RU, "Участники встретились.\n\n[Абзац о механизмах: написать.]");
		texts.put(LanguageCode.KA, "მონაწილეები შეხვდნენ. [აბზაცი: დასაწერია.]");
		return Communique.draft(64, 1, null, texts, "secretariat", T0);
	}

	@Test
	void refusesApprovalEmbargoAndPublicationWhileAPlaceholderRemainsNamingEach() {
		Communique communique = withPlaceholders();
		assertThat(communique.placeholders()).containsExactly(
				new CommuniqueView.Placeholder(LanguageCode.EN, 2, "[The paragraph on the mechanisms: to be written.]"),
				new CommuniqueView.Placeholder(LanguageCode.RU, 2, "[Абзац о механизмах: написать.]"),
				new CommuniqueView.Placeholder(LanguageCode.KA, 1, "[აბზაცი: დასაწერია.]"));
		assertThatThrownBy(() -> communique.approve(Institution.EU, "eu", null, T0)).isInstanceOfSatisfying(Unfinished.class,
				refused -> {
					assertThat(refused.code()).isEqualTo("communique.placeholdersLeft");
					assertThat(refused.arguments()).contains(3, CommuniqueStatus.DRAFT);
					assertThat(refused.placeholders()).isEqualTo(communique.placeholders());
					assertThat(refused.properties()).containsKey("placeholders");
				});
		assertThatThrownBy(() -> communique.embargo(T0.plusSeconds(60))).isInstanceOf(Unfinished.class);
		assertThatThrownBy(() -> communique.publish(T0)).isInstanceOf(Unfinished.class);
		assertThat(communique.activeApprovals()).isEmpty();
		assertThat(communique.availableActions(Institution.EU)).containsExactlyInAnyOrder(CommuniqueAction.EDIT,
				CommuniqueAction.SHARE);
	}

	@Test
	void approvesOnceEveryPlaceholderIsWrittenInEveryLanguage() {
		Communique communique = withPlaceholders();
		communique.edit(LanguageCode.EN, "The participants met.\n\nThe mechanisms met.", "eu", T0);
		communique.edit(LanguageCode.RU, "Участники встретились.\n\nМеханизмы собирались.", "eu", T0);
		assertThatThrownBy(() -> communique.approve(Institution.EU, "eu", null, T0)).as("the Georgian still holds one")
			.isInstanceOfSatisfying(Unfinished.class, refused -> assertThat(refused.placeholders())
				.extracting(CommuniqueView.Placeholder::language).containsExactly(LanguageCode.KA));
		communique.edit(LanguageCode.KA, "მონაწილეები შეხვდნენ.", "eu", T0);
		assertThat(communique.availableActions(Institution.EU)).contains(CommuniqueAction.APPROVE);
		assertThat(communique.approve(Institution.EU, "eu", null, T0).institution()).isEqualTo(Institution.EU);
	}

	@Test
	void marksAVersionOlderThanTheEnglishAndRefusesApprovalUntilACoChairConfirmsIt() {
		Communique communique = draft();
		assertThat(communique.englishRevision()).isEqualTo(1);
		assertThat(communique.state(LanguageCode.RU)).isEqualTo(CommuniqueView.VersionState.CURRENT);
		assertThat(communique.state(LanguageCode.KA)).isEqualTo(CommuniqueView.VersionState.MISSING);
		communique.edit(LanguageCode.EN, "The participants met in Geneva.", "eu", T0);
		assertThat(communique.englishRevision()).isEqualTo(2);
		assertThat(communique.state(LanguageCode.RU)).isEqualTo(CommuniqueView.VersionState.TO_BE_BROUGHT_UP_TO_DATE);
		assertThat(communique.renders(LanguageCode.RU)).isEqualTo(1);
		assertThat(communique.outOfDate()).as("a missing version is not out of date").containsExactly(LanguageCode.RU);
		assertThatThrownBy(() -> communique.approve(Institution.UN, "un", null, T0))
			.isInstanceOf(DeskException.Conflict.class).hasMessage("communique.versionsOutOfDate")
			.satisfies(refused -> assertThat(((DeskException) refused).arguments()).contains(1, CommuniqueStatus.DRAFT));
		assertThat(communique.availableActions(Institution.UN)).doesNotContain(CommuniqueAction.APPROVE)
			.contains(CommuniqueAction.CONFIRM_VERSION, CommuniqueAction.WITHDRAW_VERSION);
		assertThat(communique.availableActions(null)).as("the secretariat does not confirm")
			.doesNotContain(CommuniqueAction.CONFIRM_VERSION, CommuniqueAction.WITHDRAW_VERSION);

		String before = communique.fingerprint();
		communique.confirmVersion(LanguageCode.RU);
		assertThat(communique.state(LanguageCode.RU)).isEqualTo(CommuniqueView.VersionState.CURRENT);
		assertThat(communique.renders(LanguageCode.RU)).isEqualTo(2);
		assertThat(communique.fingerprint()).as("confirming changes no text").isEqualTo(before);
		assertThat(communique.availableActions(Institution.UN)).contains(CommuniqueAction.APPROVE)
			.doesNotContain(CommuniqueAction.CONFIRM_VERSION);
		communique.approve(Institution.UN, "un", null, T0);
	}

	@Test
	void anEditOfAVersionBringsItUpToDateAndAnUnchangedEnglishIsNoNewRevision() {
		Communique communique = draft();
		communique.edit(LanguageCode.EN, "The participants met.\n\nThey agreed to meet again.", "eu", T0);
		assertThat(communique.englishRevision()).as("the same text again").isEqualTo(1);
		communique.edit(LanguageCode.EN, "The participants met.", "eu", T0);
		communique.edit(LanguageCode.KA, "მონაწილეები შეხვდნენ.", "eu", T0);
		assertThat(communique.state(LanguageCode.KA)).isEqualTo(CommuniqueView.VersionState.CURRENT);
		assertThat(communique.renders(LanguageCode.KA)).isEqualTo(2);
		communique.edit(LanguageCode.RU, "Участники встретились в Женеве.", "eu", T0);
		assertThat(communique.outOfDate()).isEmpty();
	}

	@Test
	void withdrawsALanguageFromTheEditionWithItsApprovalsAndBringsItBackWhenWritten() {
		Communique communique = draft();
		communique.edit(LanguageCode.EN, "The participants met in Geneva.", "eu", T0);
		for (Institution institution : List.of(Institution.EU, Institution.UN)) {
			assertThatThrownBy(() -> communique.approve(institution, "x", null, T0)).isInstanceOf(DeskException.Conflict.class);
		}
		assertThat(communique.withdrawVersion(LanguageCode.RU, "osce", T0)).isEmpty();
		assertThat(communique.text(LanguageCode.RU)).isNull();
		assertThat(communique.state(LanguageCode.RU)).isEqualTo(CommuniqueView.VersionState.WITHDRAWN);
		assertThat(communique.outOfDate()).isEmpty();
		for (Institution institution : Institution.values()) {
			communique.approve(institution, institution.name(), null, T0);
		}
		communique.edit(LanguageCode.RU, "Участники встретились в Женеве.", "eu", T0.plusSeconds(60));
		assertThat(communique.state(LanguageCode.RU)).isEqualTo(CommuniqueView.VersionState.CURRENT);
		assertThat(communique.activeApprovals()).as("writing it again changed the text").isEmpty();
		assertThat(communique.withdrawVersion(LanguageCode.KA, "osce", T0)).isEmpty();
		assertThatThrownBy(() -> communique.withdrawVersion(LanguageCode.EN, "osce", T0))
			.isInstanceOf(DeskException.Invalid.class).hasMessage("communique.versionNotATranslation");
		assertThatThrownBy(() -> communique.confirmVersion(LanguageCode.KA))
			.isInstanceOf(DeskException.Conflict.class).hasMessage("communique.noVersionToConfirm");
		assertThatThrownBy(() -> published().withdrawVersion(LanguageCode.RU, "osce", T0))
			.isInstanceOf(DeskException.Conflict.class).hasMessage("communique.published");
	}

	@Test
	void aCorrectionStartsWithEveryVersionRenderingItsEnglish() {
		Communique communique = published();
		Communique correction = communique.correct(2, language -> "[Say what it corrects.]", "eu", T0.plusSeconds(9000));
		assertThat(correction.englishRevision()).isEqualTo(1);
		assertThat(correction.outOfDate()).isEmpty();
		assertThat(correction.placeholders()).extracting(CommuniqueView.Placeholder::language)
			.containsExactly(LanguageCode.EN, LanguageCode.RU);
	}

	@Test
	void capitalisesASentenceAfterAFullStopExceptInGeorgian() {
		assertThat(Phrases.sentences(List.of("the participants discussed \u201CA\u201D.", "the discussion of \u201CB\u201D could not be completed.")))
			.isEqualTo("the participants discussed \u201CA\u201D. The discussion of \u201CB\u201D could not be completed.");
		assertThat(Phrases.capitalised("\u00ABтема\u00BB не рассматривалась.")).isEqualTo("\u00ABТема\u00BB не рассматривалась.");
		assertThat(Phrases.capitalised("თემის განხილვა ვერ მოხერხდა.")).isEqualTo("თემის განხილვა ვერ მოხერხდა.");
		assertThat(Phrases.closed("The next round will be held in June 2027")).isEqualTo("The next round will be held in June 2027.");
		assertThat(Phrases.closed("They agreed on \u201Cthe text.\u201D")).isEqualTo("They agreed on \u201Cthe text.\u201D");
	}
}
