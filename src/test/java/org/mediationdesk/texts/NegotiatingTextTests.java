package org.mediationdesk.texts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.terminology.TerminologyGate;

class NegotiatingTextTests {

	private static final Instant NOW = Instant.parse("2026-06-10T09:00:00Z");

	private final NegotiatingText text = NegotiatingText.create("GID/NUF/1", "Joint statement on the non-use of force",
			null, new Wording("The participants,"), Audience.allParticipants(), List.of("GE", "RU"), "co-chair");

	{
		text.share(Audience.allParticipants(), List.of("GE", "RU"));
	}

	@Test
	void isTheCoChairsOwnUntilSharedAndOffersOnlyWhatADraftAllows() {
		NegotiatingText draft = NegotiatingText.create("GID/NUF/2", "A private draft", null, null, Audience.allParticipants(),
				List.of(), "co-chair");
		assertThat(draft.audience()).isEqualTo(Audience.coChairs());
		assertThat(draft.intendedAudience()).isEqualTo(Audience.allParticipants());
		assertThat(draft.availableActions()).containsExactlyInAnyOrder(CoChairsAction.SHARE, CoChairsAction.CIRCULATE,
				CoChairsAction.TABLE, CoChairsAction.ABANDON);
		assertThatThrownBy(draft::circulate).hasMessage("texts.notShared");
		draft.share(Audience.allParticipants(), List.of("GE"));
		assertThat(draft.audience()).isEqualTo(Audience.allParticipants());
		assertThat(draft.availableActions()).doesNotContain(CoChairsAction.SHARE, CoChairsAction.UNFREEZE)
			.contains(CoChairsAction.REVEAL);
		assertThatThrownBy(() -> draft.share(Audience.coChairs(), List.of())).hasMessage("texts.alreadyShared");
	}

	private UUID propose(String eId, String sponsor, String words, boolean confidential) {
		return text.propose(eId, sponsor, new Wording(words), null, confidential, "someone", NOW).id();
	}

	@Test
	void movesFromDraftThroughCirculationAndFreezeToAgreement() {
		assertThat(text.availableActions()).containsExactlyInAnyOrder(CoChairsAction.CIRCULATE, CoChairsAction.TABLE,
				CoChairsAction.REVEAL, CoChairsAction.ABANDON);
		assertThat(text.circulate()).isEqualTo(1);
		assertThat(text.availableActions()).contains(CoChairsAction.FREEZE).doesNotContain(CoChairsAction.UNFREEZE,
				CoChairsAction.AGREE);
		text.freeze();
		assertThat(text.availableActions()).containsExactlyInAnyOrder(CoChairsAction.UNFREEZE, CoChairsAction.AGREE,
				CoChairsAction.REVEAL, CoChairsAction.ABANDON);
		assertThat(text.editable()).isFalse();
		assertThat(text.openForStances()).as("stances go on while the capitals are consulted").isTrue();
		assertThatThrownBy(() -> text.agree(false)).isInstanceOf(DeskException.Conflict.class).hasMessage("texts.notSettled");
		text.agree(true);
		assertThat(text.status()).isEqualTo(TextStatus.AGREED_AD_REFERENDUM);
		assertThat(text.openForStances()).isFalse();
		text.agree(true);
		assertThat(text.status()).isEqualTo(TextStatus.AGREED);
		assertThat(text.availableActions()).isEmpty();
		assertThatThrownBy(text::abandon).hasMessage("texts.illegalTransition");
	}

	@Test
	void refusesATransitionItsStatusDoesNotAllowNamingTheStatus() {
		assertThatThrownBy(text::freeze).isInstanceOfSatisfying(DeskException.Conflict.class,
				refused -> assertThat(refused.arguments()).containsExactly(TextStatus.DRAFT, TextStatus.FROZEN));
		assertThatThrownBy(() -> text.agree(true)).hasMessage("texts.illegalTransition");
		text.abandon();
		assertThatThrownBy(() -> text.reveal(NOW)).hasMessage("texts.closed");
	}

	@Test
	void givesProvisionIdsOnceAndKeepsARemovedProvisionOnRecord() {
		String first = text.addProvision();
		String second = text.addProvision();
		String third = text.addProvision();
		text.moveProvision(third, true);
		assertThat(text.provisions()).extracting(Provision::eId).containsExactly(first, third, second);
		assertThatThrownBy(() -> text.moveProvision(first, true)).hasMessage("texts.cannotMove");
		text.removeProvision(first);
		assertThat(text.addProvision()).as("an id is never given again").isEqualTo("para_4");
		assertThat(text.provisions()).extracting(Provision::eId).containsExactly(third, second, "para_4");
		assertThat(text.allProvisions()).hasSize(4);
		assertThatThrownBy(() -> text.propose(first, "GE", new Wording("Words."), null, false, "x", NOW))
			.as("a removed provision takes no wording").isInstanceOf(DeskException.NotFound.class);
	}

	@Test
	void takesNoWordingOnAFrozenText() {
		String eId = text.addProvision();
		text.circulate();
		text.freeze();
		assertThatThrownBy(() -> propose(eId, "GE", "Late words.", false)).hasMessage("texts.notEditable");
	}

	@Test
	void letsASponsorWithdrawItsOwnWordingWhileNobodyHasStatedOnIt() {
		String eId = text.addProvision();
		UUID tbilisi = propose(eId, "GE", "Crossings [stay] open.", false);
		assertThatThrownBy(() -> text.withdraw(tbilisi, "RU", false)).hasMessage("texts.notYourWording");
		assertThatThrownBy(() -> text.withdraw(tbilisi, "GE", true)).hasMessage("texts.wordingHasStances");
		text.withdraw(tbilisi, "GE", false);
		assertThat(text.wordingsOf(eId)).isEmpty();
		assertThat(text.allWordings()).singleElement().satisfies(wording -> assertThat(wording.withdrawn()).isTrue());
		assertThatThrownBy(() -> text.wording(tbilisi)).isInstanceOf(DeskException.NotFound.class);
	}

	@Test
	void joinsGroupsOnlyToATabledWordingAndOnlyOnce() {
		String eId = text.addProvision();
		UUID confided = propose(eId, "RU", "Words in confidence.", true);
		assertThatThrownBy(() -> text.cosponsor(confided, "AB")).hasMessage("texts.notTabled");
		text.table(confided);
		text.cosponsor(confided, "AB");
		assertThat(text.wording(confided).sponsors()).containsExactly("RU", "AB");
		assertThatThrownBy(() -> text.cosponsor(confided, "AB")).hasMessage("texts.alreadySponsor");
		assertThatThrownBy(() -> text.cosponsor(confided, "RU")).hasMessage("texts.alreadySponsor");
	}

	@Test
	void refusesAStanceFromAGroupTheTextDoesNotAskOrOnAClosedText() {
		UUID wording = propose(text.addProvision(), "GE", "Words.", false);
		text.requireStance(wording, "RU");
		assertThatThrownBy(() -> text.requireStance(wording, "US")).hasMessage("texts.notRequired");
		text.abandon();
		assertThatThrownBy(() -> text.requireStance(wording, "RU")).hasMessage("texts.closed");
	}

	@Test
	void handsTheGateTheCoChairsOwnWordsWithTheirPlaceButNotTheSidesOrThoseInConfidence() {
		String eId = text.addProvision();
		propose(eId, "GE", "A side's words.", false);
		propose(eId, NegotiatingTexts.CO_CHAIRS, "In confidence.", true);
		propose(eId, NegotiatingTexts.CO_CHAIRS, "The co-chairs' words.", false);
		assertThat(text.coChairsPassages()).filteredOn(passage -> passage.text() != null)
			.extracting(TerminologyGate.Passage::place, TerminologyGate.Passage::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(TerminologyGate.Place.of("title"), text.title()),
					org.assertj.core.groups.Tuple.tuple(TerminologyGate.Place.of("chapeau"), "The participants,"),
					org.assertj.core.groups.Tuple.tuple(new TerminologyGate.Place("wording", eId, 1, 3),
							"The co-chairs' words."));
	}

	@Test
	void leavesARussianHeadingOutOfDateWhenOnlyTheEnglishChanges() {
		text.editHeading(text.title(), "Заявление", new Wording("The participants,"), null, false);
		assertThat(text.titleRuOutOfDate()).isFalse();
		assertThat(text.editHeading("A new title", "Заявление", new Wording("The participants,"), null, false))
			.containsExactly("title");
		assertThat(text.titleRuOutOfDate()).isTrue();
		assertThat(text.editHeading("A new title", "Заявление", new Wording("The participants,"), null, true))
			.containsExactly("russian-aligned");
		assertThat(text.titleRuOutOfDate()).isFalse();
		assertThat(text.editHeading("A new title", "Заявление", new Wording("The participants,"), null, false))
			.as("nothing changed: nothing to record").isEmpty();
	}
}
