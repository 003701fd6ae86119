package org.mediationdesk.texts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Wordings marked for the pages: brackets by level, everything a side typed escaped, changes in two columns. */
class TextMarkupTests {

	@Test
	void marksEachLevelOfBracketsAndEscapesWhatWasTyped() {
		assertThat(TextMarkup.bracketsHtml("a [b [<c>] d] e]")).isEqualTo("a <span class=\"br br-1\">[</span>"
				+ "<span class=\"in-br in-1\">b </span><span class=\"br br-2\">[</span><span class=\"in-br in-2\">&lt;c&gt;</span>"
				+ "<span class=\"br br-2\">]</span><span class=\"in-br in-1\"> d</span><span class=\"br br-1\">]</span> e"
				+ "<span class=\"br br-unmatched\">]</span>");
		assertThat(TextMarkup.bracketsHtml("line one\nline \"two\"")).isEqualTo("line one\nline &quot;two&quot;");
	}

	@Test
	void comparesAProvisionInTwoColumnsWithTheChangesMarked() {
		TextView.WordingView before = wording(List.of("GE"), "Refrain from [the use of] force.");
		TextView.WordingView after = wording(List.of("GE", "RU"), "Refrain from [the use or threat of] force.");
		Comparison comparison = Comparison.of(1, text(before), 2, text(after));
		Comparison.ProvisionChange change = comparison.provisions().get(0);
		assertThat(change.status()).isEqualTo(Comparison.Status.CHANGED);
		assertThat(change.before()).singleElement().satisfies(passage -> {
			assertThat(passage.sponsors()).containsExactly("GE");
			assertThat(passage.sponsorsChanged()).isTrue();
			assertThat(passage.words()).extracting(Comparison.Words::piece, Comparison.Words::text)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(Comparison.Piece.SAME, "Refrain from [the use of] force."));
		});
		assertThat(change.after()).singleElement().satisfies(passage -> {
			assertThat(passage.sponsors()).containsExactly("GE", "RU");
			assertThat(passage.words()).extracting(Comparison.Words::piece, Comparison.Words::text)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(Comparison.Piece.SAME, "Refrain from [the use"),
						org.assertj.core.groups.Tuple.tuple(Comparison.Piece.ADDED, "or threat"),
						org.assertj.core.groups.Tuple.tuple(Comparison.Piece.SAME, "of] force."));
		});
		TextMarkup marks = new TextMarkup(java.util.Map.of(), java.util.Map.of(), null, null);
		assertThat(marks.passage(change.after().get(0).words())).contains("<ins>")
			.contains("<span class=\"br br-1\">]</span>").doesNotContain("<del>");
	}

	private static TextView.WordingView wording(List<String> sponsors, String text) {
		return new TextView.WordingView(java.util.UUID.randomUUID(), sponsors.get(0), sponsors.subList(1, sponsors.size()),
				text, null, 1, false, 1, false, java.util.Map.of(), false);
	}

	private static TextView text(TextView.WordingView wording) {
		return new TextView(java.util.UUID.randomUUID(), "S", "T", null, null, null, TextStatus.CIRCULATED, 1, List.of(),
				false, List.of(new TextView.ProvisionView("para_1", 1, List.of(wording), null)), 0, 1, 1, 1, 0, false,
				List.of(), false, null);
	}
}
