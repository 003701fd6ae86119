package org.mediationdesk.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mediationdesk.shared.LanguageCode;

/**
 * The classes of failures that real documents showed, each as a rule: phrases in any case, loaded modifiers
 * with the names they qualify, abbreviations, quotations as writers leave them, enumerations that are not
 * formulas, and a profile that tells the sides apart.
 */
class RealDocumentTests {

	private static final Terminology TERMINOLOGY = ReferenceGlossaryTests.TERMINOLOGY;

	private static CheckResult check(String text, LanguageCode language) {
		return TERMINOLOGY.check(text, language, TextKind.MEDIATOR);
	}

	private static List<String> blockers(String text, LanguageCode language) {
		return check(text, language).findings().stream().filter(Finding::blocks).map(Finding::text).toList();
	}

	@Test
	void findsRussianPhrasesInEveryCaseAndNotOtherWordsOnTheSameStem() {
		assertThat(blockers("Жители на оккупированных территориях и вблизи оккупированной территории.", LanguageCode.RU))
			.containsExactly("оккупированных территориях", "оккупированной территории");
		assertThat(check("Абхазы и осетины живут в Абхазии.", LanguageCode.RU).findings()).extracting(Finding::text)
			.containsExactly("Абхазии");
		assertThat(blockers("Правительству Республики Абхазия направлено письмо.", LanguageCode.RU))
			.containsExactly("Правительству Республики Абхазия");
	}

	@Test
	void reportsALoadedModifierWithTheNamesAndNounsItQualifiesAcrossCoordination() {
		CheckResult english = check("Residents of occupied Tskhinvali and Sukhumi and of the occupied Georgian regions.",
				LanguageCode.EN);
		assertThat(english.findings()).filteredOn(Finding::blocks)
			.extracting(Finding::text, Finding::suggestion)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("occupied Tskhinvali and Sukhumi", "Tskhinvali and Sukhumi"),
					org.assertj.core.groups.Tuple.tuple("occupied Georgian regions", "Georgian regions"));
		assertThat(blockers("Жители оккупированных Цхинвали и Сухуми.", LanguageCode.RU))
			.containsExactly("оккупированных Цхинвали и Сухуми");
		assertThat(blockers("ოკუპირებულ სოხუმსა და ცხინვალში.", LanguageCode.KA)).containsExactly("ოკუპირებულ სოხუმსა და ცხინვალში");
		assertThat(blockers("The puppet regime, the proxy regimes and the breakaway region.", LanguageCode.EN))
			.containsExactly("puppet regime", "proxy regimes", "breakaway region");
	}

	@Test
	void aTitleIsReplacedByTheNeutralTitleOfTheSameOfficeInTheSamePlace() {
		assertThat(check("Заявление МИД РЮО и ответ МИД РА.", LanguageCode.RU).findings()).filteredOn(Finding::blocks)
			.extracting(Finding::text, Finding::suggestion)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("МИД РЮО", "внешнеполитическое ведомство в Цхинвали"),
					org.assertj.core.groups.Tuple.tuple("МИД РА", "внешнеполитическое ведомство в Сухуми"));
		assertThat(check("The President of South Ossetia met the President of Abkhazia.", LanguageCode.EN).findings())
			.filteredOn(Finding::blocks)
			.extracting(Finding::text, Finding::suggestion)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("President of South Ossetia", "the leader in Tskhinvali"),
					org.assertj.core.groups.Tuple.tuple("President of Abkhazia", "the leader in Sukhumi"));
	}

	@Test
	void aModifierWithoutANameOrGenericNounAfterItIsNoFinding() {
		assertThat(check("The seats were occupied by the participants.", LanguageCode.EN).findings())
			.extracting(Finding::text)
			.containsExactly("participants");
		assertThat(blockers("The de-occupation of its territories.", LanguageCode.EN)).containsExactly("de-occupation");
		assertThat(blockers("Independent experts reported on the area.", LanguageCode.EN)).isEmpty();
		assertThat(blockers("Patrols were seen along the occupation line near Sukhum.", LanguageCode.EN))
			.as("a modifier's word inside another form, or a preposition, ends its reach")
			.containsExactly("occupation line");
		assertThat(blockers("Патрули у линии оккупации возле Сухума.", LanguageCode.RU)).containsExactly("линии оккупации");
	}

	@Test
	void findsAbbreviationsInCapitalsOnlyWithTheirSide() {
		CheckResult result = check("The RSO and the RA said so; Ra and rso are not them.", LanguageCode.EN);
		assertThat(result.findings()).extracting(Finding::text, Finding::perspectives)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("RSO", List.of(Perspective.SO)),
					org.assertj.core.groups.Tuple.tuple("RA", List.of(Perspective.AB)));
		assertThat(blockers("Заявление МИД РЮО и МИД РА.", LanguageCode.RU)).containsExactly("МИД РЮО", "МИД РА");
	}

	@Test
	void anUnclosedQuotationEndsWithItsParagraphUnlessTheNextOpensWithAQuotationMark() {
		String unclosed = "The minister said: «Occupied Abkhazia will be free.\nThe ministry added that occupied Abkhazia suffers.";
		assertThat(check(unclosed, LanguageCode.EN).findings()).extracting(Finding::quoted).containsExactly(true, false);
		String continued = "The minister said: “Occupied Abkhazia will be free.\n“And occupied Abkhazia will return.”\nOccupied Abkhazia.";
		assertThat(check(continued, LanguageCode.EN).findings()).extracting(Finding::quoted).containsExactly(true, true, false);
		for (String text : List.of("He spoke of „occupied Abkhazia“ again.", "He spoke of \"occupied Abkhazia\" again.",
				"He spoke of 'occupied Abkhazia' again.", "He spoke of ‘occupied Abkhazia’ again.",
				"Он говорил об «оккупированной Абхазии» снова.")) {
			assertThat(check(text, null).findings()).as(text).singleElement().satisfies(finding -> assertThat(finding.quoted()).isTrue());
		}
		assertThat(check("Georgia's view on occupied Abkhazia's future.", LanguageCode.EN).findings())
			.as("an apostrophe opens nothing")
			.singleElement()
			.satisfies(finding -> assertThat(finding.quoted()).isFalse());
	}

	@Test
	void aCommaInAnEnumerationIsNotTheStatusFormula() {
		assertThat(blockers("Russia, Abkhazia, Georgia, South Ossetia and the United States attended.", LanguageCode.EN)).isEmpty();
		assertThat(blockers("Russia, Abkhazia, Georgia and the United States attended.", LanguageCode.EN)).isEmpty();
		assertThat(blockers("The meeting took place in Sukhumi, Abkhazia, Georgia.", LanguageCode.EN))
			.containsExactly("Abkhazia, Georgia");
		assertThat(blockers("Россия, Абхазия, Грузия, Южная Осетия и США.", LanguageCode.RU)).isEmpty();
	}

	@Test
	void readsANewsAgencyTextByItsDistinctiveVocabularyNotByWordsEveryoneUses() {
		CheckResult agency = check("Participants from Sukhum and Tskhinval discussed Abkhazia; the Republic of Abkhazia"
				+ " and its participants in Sukhum stated their position.", LanguageCode.EN);
		assertThat(agency.strongest()).isPresent().get().isNotEqualTo(Perspective.GE).isNotEqualTo(Perspective.INTL);
		assertThat(agency.perspective().get(Perspective.GE)).isZero();
		assertThat(agency.confidence()).isGreaterThan(0);

		CheckResult communique = check("The co-chairs met participants from Sukhumi and Tskhinvali and discussed the"
				+ " dividing line in Abkhazia and South Ossetia.", LanguageCode.EN);
		assertThat(communique.strongest()).contains(Perspective.INTL);

		CheckResult plain = check("The next round will take place in the spring.", LanguageCode.EN);
		assertThat(plain.distinctive()).isFalse();
		assertThat(plain.strongest()).isEmpty();
		assertThat(plain.confidence()).isZero();
		assertThat(plain.asJson()).containsEntry("distinctive", false).containsEntry("confidence", 0.0).containsKey("perspective");
	}
}
