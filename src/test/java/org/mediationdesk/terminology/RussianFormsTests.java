package org.mediationdesk.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every form of a Russian glossary phrase, from the dictionaries: the words agree in case, number and gender;
 * the words after the head keep their case; unknown names decline by analogy; abbreviations do not decline.
 */
class RussianFormsTests {

	private final RussianForms forms = new RussianForms();

	@Test
	void inflectsAnAdjectiveAndItsNounTogetherInEveryCaseAndNumber() {
		assertThat(forms.expand("оккупированные территории")).contains("оккупированные территории",
				"оккупированных территорий", "оккупированным территориям", "оккупированными территориями",
				"оккупированных территориях", "оккупированная территория", "оккупированной территории",
				"оккупированную территорию", "оккупированной территорией")
			.as("no form in which the words disagree")
			.doesNotContain("оккупированных территории", "оккупированные территориях", "оккупированная территории");
	}

	@Test
	void keepsTheCaseOfTheWordsAfterTheHeadAndInflectsAnAppositionWithIt() {
		assertThat(forms.expand("правительство Республики Абхазия")).contains("правительству республики абхазия",
				"правительством республики абхазия")
			.doesNotContain("правительству республике абхазии");
		assertThat(forms.expand("Республика Южная Осетия")).contains("республики южная осетия", "республике южной осетии",
				"республикой южной осетией");
		assertThat(forms.expand("линия разграничения")).contains("линии разграничения", "линию разграничения")
			.doesNotContain("линии разграничению");
	}

	@Test
	void inflectsAModifierInEveryGenderNumberAndCase() {
		assertThat(forms.expand("оккупированный")).contains("оккупированный", "оккупированного", "оккупированная",
				"оккупированной", "оккупированное", "оккупированные", "оккупированных", "оккупированными");
		assertThat(forms.expand("поддерживаемый Москвой")).contains("поддерживаемые москвой", "поддерживаемой москвой")
			.as("the instrumental complement stays")
			.allMatch(form -> form.endsWith(" москвой"));
	}

	@Test
	void declinesNamesTheDictionaryDoesNotKnowByAnalogyAndLeavesIndeclinablesAndAbbreviations() {
		assertThat(forms.expand("Сухум")).contains("сухума", "сухуму", "сухумом", "сухуме");
		assertThat(forms.expand("Цхинвальский регион")).contains("цхинвальского региона", "цхинвальском регионе");
		assertThat(forms.expand("Сухуми")).containsExactly("сухуми");
		assertThat(forms.expand("РЮО")).containsExactly("рюо");
		assertThat(forms.expand("ВПЛ и беженцы")).contains("впл и беженцев", "впл и беженцам").noneMatch(form -> form.startsWith("впла"));
	}

	@Test
	void generatesOnlyFormsOfTheWordNotOtherWordsOnItsStem() {
		assertThat(forms.expand("Абхазия")).containsExactlyInAnyOrder("абхазия", "абхазии", "абхазию", "абхазией")
			.doesNotContain("абхазы", "абхазский");
	}
}
