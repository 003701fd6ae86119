package org.mediationdesk.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mediationdesk.shared.LanguageCode;

/**
 * The reference glossary on texts written for these tests: neutral communiqué-style texts pass clean in
 * English, Russian and Georgian; partisan texts are flagged with the right perspective and severity.
 */
class ReferenceGlossaryTests {

	static final Terminology TERMINOLOGY = Terminology.of(Terminology.referenceGlossary());

	@Test
	void coversEveryConceptInThreeLanguages() {
		GlossaryFile glossary = TERMINOLOGY.glossary();
		assertThat(glossary.problems()).isEmpty();
		assertThat(glossary.concepts()).hasSizeGreaterThanOrEqualTo(18);
		assertThat(glossary.concepts()).allSatisfy(concept -> assertThat(concept.forms())
			.filteredOn(GlossaryFile.FormEntry::neutral)
			.extracting(GlossaryFile.FormEntry::language)
			.contains(LanguageCode.EN, LanguageCode.RU, LanguageCode.KA));
	}

	@Test
	void passesNeutralCommuniquesCleanInEachLanguage() {
		String english = """
				The 60th round of the Geneva International Discussions took place on 10-11 April. The co-chairs met \
				participants from Tbilisi, Moscow, Washington, Sukhumi and Tskhinvali. In the first working group, \
				participants discussed the situation on the ground, including the installation of fences along the \
				dividing line, detentions near crossing points, and the work of the mechanisms in Gali and Ergneti. \
				The second working group discussed the needs of IDPs and refugees and of the conflict-affected areas \
				of Abkhazia and South Ossetia. The co-chairs recalled the six-point agreement of 12 August 2008.""";
		String russian = """
				Шестидесятый раунд Женевских международных дискуссий прошёл 10–11 апреля. Сопредседатели встретились \
				с участниками из Тбилиси, Москвы, Вашингтона, Сухуми и Цхинвали. Участники обсудили положение на \
				месте, установку ограждений вдоль линии разграничения и нужды ВПЛ и беженцев в Абхазии и Южной Осетии.""";
		String georgian = """
				ჟენევის საერთაშორისო დისკუსიების მორიგი რაუნდი ჟენევაში გაიმართა. თანათავმჯდომარეები შეხვდნენ \
				მონაწილეებს თბილისიდან, მოსკოვიდან, ვაშინგტონიდან, სოხუმიდან და ცხინვალიდან. განიხილეს ვითარება \
				გამყოფი ხაზის გასწვრივ და დევნილებისა და ლტოლვილების საჭიროებები აფხაზეთსა და სამხრეთ ოსეთში.""";
		for (var text : new String[][] { { english, "EN" }, { russian, "RU" }, { georgian, "KA" } }) {
			CheckResult result = TERMINOLOGY.check(text[0], LanguageCode.valueOf(text[1]), TextKind.MEDIATOR);
			assertThat(result.passed()).as(text[1]).isTrue();
			assertThat(result.findings()).as(text[1]).isNotEmpty()
				.allSatisfy(finding -> assertThat(finding.severity()).as(finding.text()).isEqualTo(Severity.OK));
			assertThat(result.readsAs()).as(text[1]).contains(Perspective.INTL);
		}
	}

	@Test
	void readsATbilisiStyleTextAsGeorgianOfficialWording() {
		CheckResult result = TERMINOLOGY.check("The occupation regime in occupied Sokhumi pursues illegal borderisation"
				+ " along the occupation line, and Russian occupation forces detain residents of the occupied territories.",
				LanguageCode.EN, TextKind.MEDIATOR);
		assertThat(result.passed()).isFalse();
		assertThat(result.blockers()).isGreaterThanOrEqualTo(5);
		assertThat(result.readsAs()).containsExactly(Perspective.GE);
		assertThat(result.findings()).extracting(Finding::text)
			.contains("occupation regime", "occupied Sokhumi", "illegal borderisation", "occupation line",
					"Russian occupation forces", "occupied territories");
	}

	@Test
	void readsAMoscowAndSukhumStyleTextAsRussianAndAbkhazWording() {
		CheckResult result = TERMINOLOGY.check("The delegation of the Republic of Abkhazia travelled from Sukhum to the"
				+ " Discussions on Security and Stability in Transcaucasia and raised the state border with Georgia near Gal.",
				LanguageCode.EN, TextKind.PRESS);
		assertThat(result.passed()).as("a press report is informational").isTrue();
		assertThat(result.blockers()).isGreaterThanOrEqualTo(3);
		assertThat(result.readsAs()).contains(Perspective.RU, Perspective.AB).doesNotContain(Perspective.GE);
	}

	@Test
	void flagsRussianPartisanWordingInItsCaseForms() {
		CheckResult result = TERMINOLOGY.check("Делегация Республики Абхазия прибыла из Сухума. У государственной"
				+ " границы в Цхинвале обсуждали грузинскую агрессию.", LanguageCode.RU, TextKind.MEDIATOR);
		assertThat(result.passed()).isFalse();
		assertThat(result.findings()).extracting(Finding::text, Finding::severity)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Делегация", Severity.BLOCKER),
					org.assertj.core.groups.Tuple.tuple("Республики Абхазия", Severity.BLOCKER),
					org.assertj.core.groups.Tuple.tuple("Сухума", Severity.WARNING),
					org.assertj.core.groups.Tuple.tuple("государственной границы", Severity.BLOCKER),
					org.assertj.core.groups.Tuple.tuple("Цхинвале", Severity.WARNING),
					org.assertj.core.groups.Tuple.tuple("грузинскую агрессию", Severity.BLOCKER));
		assertThat(result.findings().get(2).suggestion()).isEqualTo("Сухуми");
		assertThat(result.readsAs()).contains(Perspective.RU);
	}

	@Test
	void flagsGeorgianPartisanWordingWithCaseEndings() {
		CheckResult result = TERMINOLOGY.check("საოკუპაციო ხაზთან, სამაჩაბლოში და ოკუპირებულ ტერიტორიებზე.",
				LanguageCode.KA, TextKind.MEDIATOR);
		assertThat(result.passed()).isFalse();
		assertThat(result.findings()).extracting(Finding::concept)
			.containsExactly("dividing-line", "south-ossetia", "territorial-status");
		assertThat(result.findings()).allMatch(finding -> finding.severity() == Severity.BLOCKER
				&& finding.perspectives().contains(Perspective.GE));
	}

	@Test
	void doesNotLetANeutralFormHideALoadedModifierThatQualifiesIt() {
		CheckResult result = TERMINOLOGY.check("Visits to occupied Abkhazia and South Ossetia resumed.", LanguageCode.EN,
				TextKind.MEDIATOR);
		assertThat(result.passed()).isFalse();
		assertThat(result.findings()).extracting(Finding::text, Finding::severity)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("occupied Abkhazia and South Ossetia", Severity.BLOCKER));
		assertThat(Terminology.apply("Visits to occupied Abkhazia and South Ossetia resumed.",
				TERMINOLOGY.neutralRendering(result))).isEqualTo("Visits to Abkhazia and South Ossetia resumed.");
	}

	@Test
	void keepsNestedQuotationsQuotedAndTakesAnInchMarkForWhatItIs() {
		CheckResult nested = TERMINOLOGY.check("Он сказал: «Речь о „линии оккупации“ и о линии оккупации».", LanguageCode.RU,
				TextKind.MEDIATOR);
		assertThat(nested.findings()).extracting(Finding::quoted).containsExactly(true, true);
		assertThat(nested.passed()).isTrue();
		CheckResult inches = TERMINOLOGY.check("A 12\" pipe crosses the occupation line.", LanguageCode.EN, TextKind.MEDIATOR);
		assertThat(inches.passed()).as("an inch mark opens no quotation").isFalse();
	}

	@Test
	void keepsAParticipantsOwnWordingAndSaysWhoseItIs() {
		CheckResult result = TERMINOLOGY.check("Our delegation left Tskhinval because of the Georgian aggression.",
				LanguageCode.EN, TextKind.PARTICIPANT);
		assertThat(result.passed()).isTrue();
		assertThat(result.readsAs()).contains(Perspective.SO);
	}

	@Test
	void marksEachSidesNameForTheLineAsThatSidesUsageAndBlocksItInAMediatorsText() {
		Object[][] names = {
				{ "administrative boundary line", LanguageCode.EN, List.of(Perspective.GE, Perspective.INTL) },
				{ "ABL", LanguageCode.EN, List.of(Perspective.GE, Perspective.INTL) },
				{ "occupation line", LanguageCode.EN, List.of(Perspective.GE) },
				{ "line of control", LanguageCode.EN, List.of(Perspective.INTL) },
				{ "state border", LanguageCode.EN, List.of(Perspective.RU, Perspective.AB, Perspective.SO) },
				{ "линии контроля", LanguageCode.RU, List.of(Perspective.INTL) },
				{ "линии оккупации", LanguageCode.RU, List.of(Perspective.GE) },
				{ "государственной границы", LanguageCode.RU, List.of(Perspective.RU, Perspective.AB, Perspective.SO) },
				{ "ადმინისტრაციული სასაზღვრო ხაზი", LanguageCode.KA, List.of(Perspective.GE, Perspective.INTL) },
				{ "სახელმწიფო საზღვარი", LanguageCode.KA, List.of(Perspective.RU, Perspective.AB, Perspective.SO) } };
		for (Object[] name : names) {
			String text = (String) name[0];
			LanguageCode language = (LanguageCode) name[1];
			String sentence = switch (language) {
				case RU -> "Участники обсудили задержания у " + text + ".";
				case KA -> "მონაწილეებმა განიხილეს " + text + ".";
				default -> "Participants discussed detentions at the " + text + ".";
			};
			CheckResult result = TERMINOLOGY.check(sentence, language, TextKind.MEDIATOR);
			assertThat(result.passed()).as(text).isFalse();
			assertThat(result.findings()).as(text).filteredOn(finding -> finding.severity() != Severity.OK)
				.singleElement()
				.satisfies(finding -> {
				assertThat(finding.text()).isEqualTo(text);
				assertThat(finding.concept()).isEqualTo("dividing-line");
				assertThat(finding.blocks()).isTrue();
				assertThat(finding.perspectives()).containsExactlyInAnyOrderElementsOf(castPerspectives(name[2]));
				assertThat(finding.why()).isNotBlank();
				assertThat(finding.suggestion()).isNotBlank();
			});
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Perspective> castPerspectives(Object perspectives) {
		return (List<Perspective>) perspectives;
	}

	@Test
	void acceptsTheNeutralNamesForTheLineInEachLanguage() {
		for (String[] text : new String[][] { { "Participants discussed detentions along the line near Ergneti.", "EN" },
				{ "Fences were installed along the dividing line.", "EN" },
				{ "Участники обсудили задержания у линии разграничения.", "RU" },
				{ "მონაწილეებმა განიხილეს ვითარება გამყოფი ხაზის გასწვრივ.", "KA" } }) {
			CheckResult result = TERMINOLOGY.check(text[0], LanguageCode.valueOf(text[1]), TextKind.MEDIATOR);
			assertThat(result.passed()).as(text[0]).isTrue();
			assertThat(result.findings()).as(text[0]).filteredOn(finding -> "dividing-line".equals(finding.concept()))
				.singleElement()
				.satisfies(finding -> assertThat(finding.severity()).isEqualTo(Severity.OK));
		}
	}

	@Test
	void keepsEachSidesNameForTheLineInAParticipantsOwnText() {
		CheckResult result = TERMINOLOGY.check("Our citizens were detained at the state border.", LanguageCode.EN,
				TextKind.PARTICIPANT);
		assertThat(result.passed()).isTrue();
		assertThat(result.readsAs()).contains(Perspective.SO, Perspective.AB, Perspective.RU);
	}
}
