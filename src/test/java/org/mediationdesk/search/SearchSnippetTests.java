package org.mediationdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A search passage shows the words of the record, and nothing that would reorder the page around it. */
class SearchSnippetTests {

	@Test
	void aPassageCarriesNoDirectionControl() {
		String snippet = PublicSearch.snippet("The co-chairs \u202Eecrof fo esu\u202C and \u2067Geneva\u2069 talks.", "Geneva");
		assertThat(snippet).isEqualTo("The co-chairs ecrof fo esu and Geneva talks.");
	}

	@Test
	void aPassageInMixedScriptsIsTheTextAsWritten() {
		String mixed = "Участники из Цхинвали / ცხინვალი and Sukhum(i) met in Geneva.";
		assertThat(PublicSearch.snippet(mixed, "Geneva")).isEqualTo(mixed);
	}
}
