package org.mediationdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SingleLineTests {

	@Test
	void stripsEveryBidirectionalControlCharacter() {
		String controls = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C";
		for (char control : controls.toCharArray()) {
			assertThat(SingleLine.clean("report" + control + "fdp.exe")).as(Integer.toHexString(control))
				.isEqualTo("reportfdp.exe");
		}
		assertThat(SingleLine.clean(controls)).isEmpty();
	}

	@Test
	void keepsWordsInEveryScriptAndTheRestOfTheText() {
		assertThat(SingleLine.clean("Сухум(и) — ცხინვალი, talks")).isEqualTo("Сухум(и) — ცხინვალი, talks");
		assertThat(SingleLine.clean(null)).isNull();
		// joiners are not direction controls: they shape words in some scripts
		assertThat(SingleLine.clean("a\u200Db\u200Cc")).isEqualTo("a\u200Db\u200Cc");
	}

	@Test
	void keepsALineOnOneLineWithoutControlCharacters() {
		assertThat(SingleLine.clean("Geneva\r\nPalais\tdes Nations")).isEqualTo("Geneva  Palais des Nations");
		assertThat(SingleLine.clean("a\u0000b\u0007c\u001Bd\u007F")).isEqualTo("abcd");
	}

	@Test
	void findsWhetherATextHasAny() {
		assertThat(SingleLine.hasDirectionControls("plain")).isFalse();
		assertThat(SingleLine.hasDirectionControls("gnp.\u202Eexe")).isTrue();
	}
}
