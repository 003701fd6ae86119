package org.mediationdesk.texts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mediationdesk.shared.DeskException;

class WordingTests {

	@Test
	void countsEachPassageInBracketsNestedOrNot() {
		assertThat(new Wording("Refrain from the use of force.").brackets()).isZero();
		assertThat(new Wording("Refrain from [any] use of [force].").brackets()).isEqualTo(2);
		assertThat(new Wording("[Refrain from [any [armed]] use of force.]").brackets()).isEqualTo(3);
	}

	@Test
	void refusesBracketsThatDoNotBalance() {
		for (String unbalanced : new String[] { "[open", "closed]", "][", "[a] b]" }) {
			assertThatThrownBy(() -> new Wording(unbalanced)).as(unbalanced)
				.isInstanceOf(DeskException.Invalid.class)
				.hasMessage("texts.bracketsUnbalanced");
		}
	}

	@Test
	void refusesBracketsNestedMoreThanThreeDeep() {
		assertThat(new Wording("[[[three deep]]]").brackets()).isEqualTo(3);
		assertThatThrownBy(() -> new Wording("[[[[four deep]]]]")).hasMessage("texts.bracketsTooDeep");
	}

	@Test
	void dropsControlCharactersAndSurroundingSpaceButKeepsLineBreaks() {
		Wording wording = Wording.required("  First line\u0007,\nsecond\tline.  ", "texts.wordingInvalid");
		assertThat(wording.text()).isEqualTo("First line,\nsecond\tline.");
	}

	@Test
	void requiresWordsWithinTheLimitAndLeavesOptionalOnesOut() {
		assertThatThrownBy(() -> Wording.required("   ", "texts.wordingInvalid")).isInstanceOf(DeskException.Invalid.class)
			.hasMessage("texts.wordingInvalid");
		assertThat(Wording.optional(" \u0000 ", "texts.wordingInvalid")).isNull();
		assertThat(Wording.optional("x".repeat(Wording.MAX_LENGTH), "texts.wordingInvalid")).isNotNull();
		assertThatThrownBy(() -> Wording.optional("x".repeat(Wording.MAX_LENGTH + 1), "texts.chapeauTooLong"))
			.hasMessage("texts.chapeauTooLong");
	}

	@Test
	void refusesAWordingWithARightToLeftOverrideAndPassesMixedScriptsUntouched() {
		// stored "no party shall use force" backwards after an override: the page would show "all parties shall use force"
		String overridden = "The participants agree that \u202Eecrof esu llahs seitrap lla\u202C.";
		for (String code : new String[] { "texts.wordingInvalid", "texts.chapeauTooLong" }) {
			assertThatThrownBy(() -> Wording.optional(overridden, code)).isInstanceOf(DeskException.Invalid.class)
				.hasMessage("text.directionControls");
		}
		assertThatThrownBy(() -> Wording.required("[refrain] from\u2067 force", "texts.wordingInvalid"))
			.hasMessage("text.directionControls");
		String mixed = "Участники из Цхинвали / ცხინვალი agree:\n[не применять силу] — [non-use of force].";
		assertThat(Wording.required(mixed, "texts.wordingInvalid").text()).isEqualTo(mixed);
	}
}
