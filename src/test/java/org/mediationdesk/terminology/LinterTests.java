package org.mediationdesk.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;

/** How the linter finds forms: case, separators, inflection, overlaps, quotations, positions. */
class LinterTests {

	static final String GLOSSARY = """
			{ "formatVersion": 1, "concepts": [
			  { "id": "sukhumi", "category": "place", "name": { "en": "Main town of Abkhazia" }, "forms": [
			    { "language": "EN", "text": "Sukhumi", "neutral": true, "perspectives": ["INTL"], "severity": "OK" },
			    { "language": "EN", "text": "Sokhumi", "perspectives": ["GE"], "severity": "WARNING", "why": { "en": "Tbilisi's spelling", "ru": "Написание Тбилиси" } },
			    { "language": "EN", "text": "Sukhum", "perspectives": ["RU", "AB"], "severity": "WARNING", "why": { "en": "Moscow's and Sukhum's spelling" } },
			    { "language": "RU", "text": "Сухуми", "neutral": true, "severity": "OK" },
			    { "language": "RU", "text": "Сухум", "perspectives": ["RU", "AB"], "severity": "WARNING", "why": { "en": "Russian official form" } },
			    { "language": "KA", "text": "სოხუმი", "neutral": true, "perspectives": ["GE"], "severity": "OK" } ] },
			  { "id": "south-ossetia", "category": "territory", "name": { "en": "South Ossetia" }, "forms": [
			    { "language": "EN", "text": "South Ossetia", "neutral": true, "severity": "OK" },
			    { "language": "EN", "text": "Republic of South Ossetia", "perspectives": ["SO", "RU"], "severity": "BLOCKER", "why": { "en": "Asserts statehood" } },
			    { "language": "EN", "text": "Tskhinvali region", "perspectives": ["GE"], "severity": "BLOCKER", "why": { "en": "Denies the name" } },
			    { "language": "RU", "text": "Южная Осетия", "neutral": true, "severity": "OK" },
			    { "language": "RU", "text": "Республика Южная Осетия", "perspectives": ["SO", "RU"], "severity": "BLOCKER", "why": { "en": "Asserts statehood" } },
			    { "language": "KA", "text": "სამხრეთ ოსეთი", "neutral": true, "severity": "OK" },
			    { "language": "KA", "text": "სამაჩაბლო", "perspectives": ["GE"], "severity": "BLOCKER", "why": { "en": "Historical name rejected by Ossetians" } } ] },
			  { "id": "line", "category": "line", "name": { "en": "The dividing line" }, "forms": [
			    { "language": "EN", "text": "dividing line", "neutral": true, "severity": "OK" },
			    { "language": "EN", "text": "occupation line", "perspectives": ["GE"], "severity": "BLOCKER", "why": { "en": "Calls it an occupation" } },
			    { "language": "EN", "text": "South-Ossetian state border", "perspectives": ["SO"], "severity": "BLOCKER", "why": { "en": "Calls it a state border" }, "suggestion": "the line" },
			    { "language": "RU", "text": "линия разграничения", "neutral": true, "severity": "OK" },
			    { "language": "KA", "text": "გამყოფი ხაზი", "neutral": true, "severity": "OK" } ] } ] }
			""";

	final Terminology terminology = Terminology.of(GlossaryFile.read(GLOSSARY.getBytes(StandardCharsets.UTF_8)));

	@Test
	void passesANeutralTextAndFindsItsNeutralForms() {
		CheckResult result = terminology.check("The co-chairs met participants in Sukhumi and discussed the situation"
				+ " along the dividing line in South Ossetia.", LanguageCode.EN, TextKind.MEDIATOR);
		assertThat(result.passed()).isTrue();
		assertThat(result.blockers()).isZero();
		assertThat(result.warnings()).isZero();
		assertThat(result.findings()).extracting(Finding::concept).containsExactly("sukhumi", "line", "south-ossetia");
		assertThat(result.findings()).allMatch(finding -> finding.severity() == Severity.OK && finding.suggestion() == null);
	}

	@Test
	void failsAMediatorTextWithABlockerAndSaysWhoseWordingItIs() {
		CheckResult result = terminology.check("Patrols approached the occupation line near Sokhumi.", LanguageCode.EN,
				TextKind.MEDIATOR);
		assertThat(result.passed()).isFalse();
		assertThat(result.blockers()).isEqualTo(1);
		assertThat(result.warnings()).isEqualTo(1);
		Finding line = result.findings().get(0);
		assertThat(line.text()).isEqualTo("occupation line");
		assertThat(line.perspectives()).containsExactly(Perspective.GE);
		assertThat(line.suggestion()).isEqualTo("dividing line");
		assertThat(line.why()).isEqualTo("Calls it an occupation");
		assertThat(result.perspective().get(Perspective.GE)).isEqualTo(1.0);
		assertThat(result.readsAs()).containsExactly(Perspective.GE);

		CheckResult statement = terminology.check("Patrols approached the occupation line.", LanguageCode.EN,
				TextKind.PARTICIPANT);
		assertThat(statement.passed()).as("a participant's statement is never failed").isTrue();
		assertThat(statement.blockers()).isEqualTo(1);
	}

	@Test
	void ignoresCaseAndReadsHyphensDashesLineBreaksAndRunsOfSpacesAsOneSeparator() {
		for (String text : List.of("the SOUTH OSSETIAN STATE BORDER", "the south–ossetian state border",
				"the South\nOssetian   state\r\nborder", "the South - Ossetian state border")) {
			CheckResult result = terminology.check(text, LanguageCode.EN, TextKind.MEDIATOR);
			assertThat(result.findings()).as(text).singleElement().satisfies(finding -> {
				assertThat(finding.concept()).isEqualTo("line");
				assertThat(finding.start()).isEqualTo(4);
				assertThat(finding.end()).isEqualTo(text.length());
				assertThat(finding.suggestion()).isEqualTo("the line");
			});
		}
	}

	@Test
	void matchesOnWordBoundariesOnly() {
		CheckResult result = terminology.check("Sukhumite, Sukhumis and preSukhumi are not names; Sukhumi's is.",
				LanguageCode.EN, TextKind.MEDIATOR);
		assertThat(result.findings()).extracting(Finding::text).containsExactly("Sukhumi");
	}

	@Test
	void theLongestMatchWinsAndOverlapsAreReportedOnce() {
		CheckResult result = terminology.check("They spoke of the Republic of South Ossetia.", LanguageCode.EN,
				TextKind.MEDIATOR);
		assertThat(result.findings()).singleElement().satisfies(finding -> {
			assertThat(finding.text()).isEqualTo("Republic of South Ossetia");
			assertThat(finding.severity()).isEqualTo(Severity.BLOCKER);
			assertThat(finding.perspectives()).containsExactly(Perspective.SO, Perspective.RU);
		});
	}

	@Test
	void matchesRussianCaseForms() {
		CheckResult result = terminology.check("Встреча в Сухуме. Из Сухума приехали. Сухумом, Сухуми. В Республике Южная"
				+ " Осетия и в Южной Осетии.", LanguageCode.RU, TextKind.MEDIATOR);
		assertThat(result.findings()).extracting(Finding::text, Finding::severity)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Сухуме", Severity.WARNING),
					org.assertj.core.groups.Tuple.tuple("Сухума", Severity.WARNING),
					org.assertj.core.groups.Tuple.tuple("Сухумом", Severity.WARNING),
					org.assertj.core.groups.Tuple.tuple("Сухуми", Severity.OK),
					org.assertj.core.groups.Tuple.tuple("Республике Южная Осетия", Severity.BLOCKER),
					org.assertj.core.groups.Tuple.tuple("Южной Осетии", Severity.OK));
		assertThat(result.findings().get(0).suggestion()).isEqualTo("Сухуми");
		assertThat(terminology.check("Сухумский район и сухумчане", LanguageCode.RU, TextKind.MEDIATOR).findings())
			.as("other words on the same stem are not case forms")
			.isEmpty();
	}

	@Test
	void matchesGeorgianCaseEndingsAndPostpositions() {
		CheckResult result = terminology.check("სოხუმი, სოხუმის, სოხუმში, სოხუმიდან; სამაჩაბლოში და სამხრეთ ოსეთში.",
				LanguageCode.KA, TextKind.MEDIATOR);
		assertThat(result.findings()).extracting(Finding::text)
			.containsExactly("სოხუმი", "სოხუმის", "სოხუმში", "სოხუმიდან", "სამაჩაბლოში", "სამხრეთ ოსეთში");
		assertThat(result.findings().get(4).severity()).isEqualTo(Severity.BLOCKER);
		assertThat(terminology.check("სოხუმელი", LanguageCode.KA, TextKind.MEDIATOR).findings())
			.as("a resident of the town is not a case form of its name")
			.isEmpty();
	}

	@Test
	void flagsQuotedSpeechInAMediatorTextAsAQuotationNotAsTheMediatorsWording() {
		String text = "One participant spoke of “the occupation line”, another of \"Sukhum\".\n\nThe occupation line …";
		CheckResult result = terminology.check(text, LanguageCode.EN, TextKind.MEDIATOR);
		assertThat(result.findings()).extracting(Finding::quoted).containsExactly(true, true, false);
		assertThat(result.blockers()).isEqualTo(1);
		assertThat(result.warnings()).isZero();
		assertThat(result.findings().get(2).line()).isEqualTo(3);
		assertThat(result.findings().get(2).column()).isEqualTo(5);
	}

	@Test
	void rendersANeutralVersionOfADraftWithoutChangingQuotations() {
		String text = "Near the occupation line and in Sokhumi, as “the occupation line” was called.";
		CheckResult result = terminology.check(text, LanguageCode.EN, TextKind.MEDIATOR);
		assertThat(Terminology.apply(text, terminology.neutralRendering(result)))
			.isEqualTo("Near the dividing line and in Sukhumi, as “the occupation line” was called.");
	}

	@Test
	void rendersPlaceholdersForAnAudience() {
		assertThat(terminology.render("Meeting in {{place:sukhumi}}.", LanguageCode.EN, null)).isEqualTo("Meeting in Sukhumi.");
		assertThat(terminology.render("Встреча в {{place:sukhumi}}.", LanguageCode.RU, null)).isEqualTo("Встреча в Сухуми.");
		assertThat(terminology.render("{{place:sukhumi}}", LanguageCode.KA, Perspective.GE)).isEqualTo("სოხუმი");
		assertThatThrownBy(() -> terminology.render("{{place:atlantis}}", LanguageCode.EN, null))
			.isInstanceOf(DeskException.Invalid.class)
			.hasMessage("terminology.unknownPlaceholder");
	}

	@Test
	void refusesEmptyTextBinaryAndTellsTheLanguageFromTheScript() {
		assertThatThrownBy(() -> terminology.check("  \n ", LanguageCode.EN, TextKind.MEDIATOR))
			.hasMessage("terminology.empty");
		assertThatThrownBy(() -> terminology.check("PK\u0003\u0004\u0000\u0000\u0001\u0002\u0000\u0007\u0000\u0000\u0008\u0000",
				null, TextKind.MEDIATOR))
			.hasMessage("terminology.notText");
		assertThat(Terminology.detectLanguage("Встреча в Женеве")).isEqualTo(LanguageCode.RU);
		assertThat(Terminology.detectLanguage("შეხვედრა ჟენევაში")).isEqualTo(LanguageCode.KA);
		assertThat(Terminology.detectLanguage("Meeting in Geneva, Женева")).isEqualTo(LanguageCode.EN);
		CheckResult mixed = terminology.check("Sukhum and Сухум", null, TextKind.PRESS);
		assertThat(mixed.findings()).extracting(Finding::concept).containsExactly("sukhumi", "sukhumi");
	}

	@Test
	void refusesAGlossaryWithProblemsNamingEach() {
		String broken = GLOSSARY.replace("\"text\": \"Sokhumi\", \"perspectives\": [\"GE\"]", "\"text\": \"Sukhumi\", \"perspectives\": []");
		assertThatThrownBy(() -> GlossaryFile.read(broken.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(GlossaryRejected.class, rejected -> assertThat(rejected.problems())
				.anyMatch(problem -> problem.contains("concepts[0] (sukhumi).forms[1].text") && problem.contains("more than once"))
				.anyMatch(problem -> problem.contains("forms[1].perspectives")));
	}
}
