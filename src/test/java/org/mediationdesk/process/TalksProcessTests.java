package org.mediationdesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mediationdesk.shared.LanguageCode;

/**
 * A process keeps the groups it must treat alike in their order, none where it names none, and its public texts in
 * each language its record file gives, never filling one language with another.
 */
class TalksProcessTests {

	@Test
	void keepsTheGroupsToBeTreatedAlikeInTheirOrder() {
		ProcessView view = TalksProcess.of("GID", "Geneva International Discussions", null, "Geneva", null,
				List.of("AB", "SO")).view();

		assertThat(view.equalTreatment()).containsExactly("AB", "SO");
	}

	@Test
	void namesNoGroupToBeTreatedAlikeWhereNoneIsGiven() {
		assertThat(TalksProcess.of("GID", "Talks", null, null, null, null).view().equalTreatment()).isEmpty();
		assertThat(TalksProcess.of("GID", "Talks", null, null, null, List.of()).view().equalTreatment()).isEmpty();
	}

	@Test
	void keepsTheRecordFilesPublicTextsPerLanguageWithTheMissingOnesMissing() {
		ProcessView view = TalksProcess.of(new ProcessFile.ProcessEntry("GID", "Geneva International Discussions",
				"Женевские международные дискуссии", "Geneva", "Security and stability", List.of("GE"),
				"ჟენევის საერთაშორისო დისკუსიები", "Женева", null, null, null)).view();

		assertThat(view.names().get(LanguageCode.RU)).isEqualTo("Женевские международные дискуссии");
		assertThat(view.names().get(LanguageCode.KA)).isEqualTo("ჟენევის საერთაშორისო დისკუსიები");
		assertThat(view.venues().get(LanguageCode.RU)).isEqualTo("Женева");
		assertThat(view.venues().get(LanguageCode.KA)).as("a missing version is not filled in").isNull();
		assertThat(view.mandates().in(LanguageCode.RU).fallback()).isTrue();
		assertThat(view.mandates().in(LanguageCode.RU).text()).isEqualTo("Security and stability");
		assertThat(view.equalTreatment()).containsExactly("GE");
	}
}
