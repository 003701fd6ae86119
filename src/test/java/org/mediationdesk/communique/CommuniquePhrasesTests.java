package org.mediationdesk.communique;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The sentences the drafting writes, in every language: what the co-chairs are to write is a placeholder in square
 * brackets (which holds up the approval), and nothing else the drafting writes carries a bracket.
 */
class CommuniquePhrasesTests {

	/** The sentences that hold a place for the co-chairs' own words. */
	static final Set<String> PLACEHOLDERS = Set.of("communique.text.incidentMechanisms", "communique.text.corrects");

	@Test
	void writesEveryPlaceholderInSquareBracketsInEveryLanguageAndNoBracketOtherwise() throws IOException {
		for (String bundle : List.of("messages.properties", "messages_ru.properties", "messages_ka.properties")) {
			Properties messages = new Properties();
			try (Reader reader = new InputStreamReader(getClass().getResourceAsStream("/" + bundle), StandardCharsets.UTF_8)) {
				messages.load(reader);
			}
			for (String key : messages.stringPropertyNames()) {
				if (!key.startsWith("communique.text.")) {
					continue;
				}
				String text = messages.getProperty(key);
				if (PLACEHOLDERS.contains(key)) {
					assertThat(Communique.PLACEHOLDER.matcher(text).find()).as("%s in %s", key, bundle).isTrue();
				}
				else {
					assertThat(text).as("%s in %s", key, bundle).doesNotContain("[", "]");
				}
			}
			assertThat(PLACEHOLDERS).allMatch(messages::containsKey);
		}
	}
}
