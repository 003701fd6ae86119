package org.mediationdesk.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mediationdesk.shared.LanguageCode;

/** The Georgian rule set of {@link Inflection}, form by form. */
class InflectionTests {

	private static Inflection.Rule noun(String word) {
		return Inflection.rule(LanguageCode.KA, word, true);
	}

	private static Inflection.Rule modifier(String word) {
		return Inflection.rule(LanguageCode.KA, word, false);
	}

	@Test
	void aNounInIHasItsCasesPostpositionsAndPlural() {
		Inflection.Rule rule = noun("სოხუმი");
		for (String form : new String[] { "სოხუმი", "სოხუმმა", "სოხუმს", "სოხუმის", "სოხუმით", "სოხუმად", "სოხუმში",
				"სოხუმზე", "სოხუმთან", "სოხუმიდან", "სოხუმისკენ", "სოხუმისთვის", "სოხუმამდე", "სოხუმისა", "სოხუმსა" }) {
			assertThat(Inflection.isCaseForm(form, rule)).as(form).isTrue();
		}
		Inflection.Rule plural = noun("ტერიტორიები");
		for (String form : new String[] { "ტერიტორიები", "ტერიტორიებს", "ტერიტორიების", "ტერიტორიებზე", "ტერიტორიებიდან" }) {
			assertThat(Inflection.isCaseForm(form, plural)).as(form).isTrue();
		}
		for (String other : new String[] { "სოხუმელი", "სოხუმელმა", "სოხუმური" }) {
			assertThat(Inflection.isCaseForm(other, rule)).as(other + " is another word").isFalse();
		}
	}

	@Test
	void aNounInAKeepsItsVowelExceptInTheGenitiveInstrumentalAndPlural() {
		Inflection.Rule rule = noun("ტერიტორია");
		for (String form : new String[] { "ტერიტორია", "ტერიტორიამ", "ტერიტორიას", "ტერიტორიის", "ტერიტორიით",
				"ტერიტორიაზე", "ტერიტორიაში", "ტერიტორიასთან", "ტერიტორიიდან", "ტერიტორიები", "ტერიტორიებზე" }) {
			assertThat(Inflection.isCaseForm(form, rule)).as(form).isTrue();
		}
		assertThat(Inflection.isCaseForm("ტერიტორიზე", rule)).isFalse();
	}

	@Test
	void aNounInOEOrUKeepsItsVowelThroughout() {
		Inflection.Rule rule = noun("სამაჩაბლო");
		for (String form : new String[] { "სამაჩაბლო", "სამაჩაბლომ", "სამაჩაბლოს", "სამაჩაბლოთი", "სამაჩაბლოში",
				"სამაჩაბლოდან", "სამაჩაბლოსთვის" }) {
			assertThat(Inflection.isCaseForm(form, rule)).as(form).isTrue();
		}
		assertThat(Inflection.isCaseForm("სამაჩაბლოელი", rule)).isFalse();
	}

	@Test
	void anAdjectiveBeforeItsNounTakesIMaOrNothing() {
		Inflection.Rule rule = modifier("ოკუპირებული");
		for (String form : new String[] { "ოკუპირებული", "ოკუპირებულმა", "ოკუპირებულ" }) {
			assertThat(Inflection.isCaseForm(form, rule)).as(form).isTrue();
		}
		assertThat(Inflection.isCaseForm("ოკუპირებულში", rule)).as("a postposition goes on the noun").isFalse();
		assertThat(Inflection.isCaseForm("ცხინვალის", modifier("ცხინვალის"))).isTrue();
		assertThat(Inflection.isCaseForm("ცხინვალი", modifier("ცხინვალის"))).as("a genitive stays").isFalse();
		assertThat(Inflection.isCaseForm("სამხრეთ", modifier("სამხრეთ"))).isTrue();
	}

	@Test
	void anAdjectiveAndItsNounAreFoundInTheTextInEveryCase() {
		Terminology terminology = ReferenceGlossaryTests.TERMINOLOGY;
		for (String text : new String[] { "ოკუპირებული ტერიტორიები", "ოკუპირებული ტერიტორიების", "ოკუპირებულ ტერიტორიებზე",
				"ოკუპირებულმა ტერიტორიებმა", "ოკუპირებულ ტერიტორიებს" }) {
			assertThat(terminology.check(text, LanguageCode.KA, TextKind.MEDIATOR).findings()).as(text)
				.singleElement()
				.satisfies(finding -> assertThat(finding.text()).isEqualTo(text));
		}
	}
}
