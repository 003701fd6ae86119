package org.mediationdesk.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mediationdesk.shared.LanguageCode;

/**
 * A concept is stored as the glossary file gives it and read back the same: its perspectives, its reasons in
 * each language, and no Russian name where there is none.
 */
class GlossaryConceptTests {

	private static GlossaryFile.ConceptEntry dividingLine(String russianName) {
		Map<String, String> name = russianName == null ? Map.of("en", "dividing line")
				: Map.of("en", "dividing line", "ru", russianName);
		return new GlossaryFile.ConceptEntry("dividing-line", "line", name, List.of(
				new GlossaryFile.FormEntry(LanguageCode.EN, "the line", true, List.of(), Severity.OK, Map.of(), null),
				new GlossaryFile.FormEntry(LanguageCode.EN, "occupation line", false, List.of(Perspective.GE,
						Perspective.MEDIA), Severity.BLOCKER, Map.of("en", "Takes a side.", "ru", "Занимает сторону."),
						"the line"),
				new GlossaryFile.FormEntry(LanguageCode.RU, "государственная граница", false, List.of(Perspective.RU),
						Severity.BLOCKER, Map.of("en", "Takes the other side."), null)));
	}

	@Test
	void readsBackTheEntryItWasStoredFrom() {
		GlossaryFile.ConceptEntry entry = dividingLine("линия");

		assertThat(GlossaryConcept.of(entry).entry()).isEqualTo(entry);
	}

	@Test
	void keepsTheFormsInTheirOrderWithTheirPerspectives() {
		GlossaryFile.ConceptEntry stored = GlossaryConcept.of(dividingLine("линия")).entry();

		assertThat(stored.forms()).extracting(GlossaryFile.FormEntry::text)
			.containsExactly("the line", "occupation line", "государственная граница");
		assertThat(stored.forms().get(1).perspectives()).containsExactly(Perspective.GE, Perspective.MEDIA);
		assertThat(stored.forms().get(0).perspectives()).isEmpty();
		assertThat(stored.forms().get(2).why()).containsOnlyKeys("en");
	}

	@Test
	void hasNoRussianNameWhereTheEntryGaveNone() {
		GlossaryFile.ConceptEntry stored = GlossaryConcept.of(dividingLine(null)).entry();

		assertThat(stored.name()).containsOnlyKeys("en");
		assertThat(stored.name(LanguageCode.RU)).as("a Russian reader gets the English name").isEqualTo("dividing line");
	}

	@Test
	void takesEverythingFromTheChangedEntryIncludingItsId() {
		GlossaryConcept concept = GlossaryConcept.of(dividingLine("линия"));
		GlossaryFile.ConceptEntry renamed = new GlossaryFile.ConceptEntry("line-of-contact", "line",
				Map.of("en", "line of contact"), List.of(new GlossaryFile.FormEntry(LanguageCode.EN, "line of contact", true,
						List.of(Perspective.INTL), Severity.OK, Map.of(), null)));

		concept.change(renamed);

		assertThat(concept.code()).isEqualTo("line-of-contact");
		assertThat(concept.entry()).isEqualTo(renamed);
	}
}
