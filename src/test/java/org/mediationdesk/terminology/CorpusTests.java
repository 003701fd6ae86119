package org.mediationdesk.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mediationdesk.shared.LanguageCode;

/**
 * The evaluation corpus: per language, at least 30 passages in the style of each side's statements, their
 * news agencies, the international press and the co-chairs' communiqués, with the blocker findings each must
 * produce and the side it reads as. Precision and recall of the blockers and accuracy of the side must each
 * be at least 0.95.
 */
class CorpusTests {

	static final double FLOOR = 0.95;

	@ParameterizedTest
	@EnumSource(LanguageCode.class)
	void findsTheBlockersAndTellsTheSideOfThePassages(LanguageCode language) {
		Corpus.Figures figures = Corpus.figures(ReferenceGlossaryTests.TERMINOLOGY, language);
		String wrong = String.join("\n", figures.wrong().stream().map(Corpus::describe).toList());
		assertThat(figures.passages()).as("passages in " + language).isGreaterThanOrEqualTo(30);
		assertThat(figures.precision()).as(figures + "\n" + wrong).isGreaterThanOrEqualTo(FLOOR);
		assertThat(figures.recall()).as(figures + "\n" + wrong).isGreaterThanOrEqualTo(FLOOR);
		assertThat(figures.sideAccuracy()).as(figures + "\n" + wrong).isGreaterThanOrEqualTo(FLOOR);
	}

	@ParameterizedTest
	@EnumSource(LanguageCode.class)
	void coversEverySideAndPassagesWithoutADistinctiveForm(LanguageCode language) {
		assertThat(Corpus.read(language)).extracting(Corpus.Passage::side)
			.contains("GE", "RU", "AB", "SO", "INTL", "MEDIA", Corpus.NONE);
	}
}
