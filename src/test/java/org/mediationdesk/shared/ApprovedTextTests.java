package org.mediationdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** A text as approved: no direction control on input, none on output, none in its hash. */
class ApprovedTextTests {

	/**
	 * Stored, the characters say "no party shall use force"; between the override and its end they are kept
	 * backwards, so that the page shows "all parties shall use force" to whoever approves it.
	 */
	static final String OVERRIDDEN = "The participants agree that \u202Eecrof esu llahs seitrap lla\u202C.";

	/** Georgian, Russian and English in one text, with brackets: it needs no direction control at all. */
	static final String MIXED = "Участники из Цхинвали / ცხინვალი and Sukhum(i) / სოხუმი agree:\n"
			+ "[не применять силу] — [ძალის გამოუყენებლობა] — [non-use of force].";

	@Test
	void refusesARightToLeftOverrideSayingWhereItIs() {
		assertThatThrownBy(() -> ApprovedText.requireNoDirectionControls(OVERRIDDEN))
			.isInstanceOfSatisfying(DeskException.Invalid.class, refused -> {
				assertThat(refused.code()).isEqualTo(ApprovedText.DIRECTION_CONTROLS);
				assertThat(refused.arguments()).containsExactly(OVERRIDDEN.indexOf('\u202E') + 1);
			});
	}

	@Test
	void refusesEveryDirectionControl() {
		for (char control : "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C".toCharArray()) {
			assertThatThrownBy(() -> ApprovedText.requireNoDirectionControls("a" + control + "b"))
				.as(Integer.toHexString(control)).hasMessage(ApprovedText.DIRECTION_CONTROLS);
		}
	}

	@Test
	void passesMixedGeorgianRussianAndEnglishUntouched() {
		assertThat(ApprovedText.requireNoDirectionControls(MIXED)).isSameAs(MIXED);
		assertThat(ApprovedText.neutral(MIXED)).isSameAs(MIXED);
		assertThat(ApprovedText.firstDirectionControl(MIXED)).isEqualTo(-1);
		// joiners shape words in some scripts: they are not direction controls
		assertThat(ApprovedText.requireNoDirectionControls("a\u200Db\u200Cc")).isEqualTo("a\u200Db\u200Cc");
		assertThat(ApprovedText.requireNoDirectionControls(null)).isNull();
	}

	@Test
	void neutralRemovesThemAndKeepsLineBreaks() {
		assertThat(ApprovedText.neutral(OVERRIDDEN))
			.isEqualTo("The participants agree that ecrof esu llahs seitrap lla.");
		assertThat(ApprovedText.neutral("one\u2067\n\u2069two\r\nthree")).isEqualTo("one\ntwo\r\nthree");
		assertThat(ApprovedText.neutral(null)).isNull();
	}

	@Test
	void hashesTheTextWithoutDirectionControls() throws Exception {
		String plain = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(MIXED.getBytes(StandardCharsets.UTF_8)));
		assertThat(ApprovedText.sha256(MIXED)).isEqualTo(plain);
		assertThat(ApprovedText.sha256("\u200F" + MIXED + "\u202C")).as("no invisible character makes it another text")
			.isEqualTo(plain);
		assertThat(ApprovedText.sha256(OVERRIDDEN)).isEqualTo(ApprovedText.sha256(ApprovedText.neutral(OVERRIDDEN)))
			.isNotEqualTo(ApprovedText.sha256("The participants agree that all parties shall use force."));
	}

	@Test
	void akomaNtosoFilesCarryNoneOfThem() {
		String xml = new String(AkomaNtoso.document("statement", "test").start("p", "title", "a\u202Eb")
			.text(OVERRIDDEN).end().bytes(), StandardCharsets.UTF_8);
		assertThat(ApprovedText.firstDirectionControl(xml)).isEqualTo(-1);
		assertThat(xml).contains("ecrof esu llahs seitrap lla", "title=\"ab\"");
	}
}
