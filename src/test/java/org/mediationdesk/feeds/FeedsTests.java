package org.mediationdesk.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedsTests {

	@Test
	void replacesWhatXmlCannotCarryAndKeepsEverythingElse() {
		assertThat(Feeds.legible("a\uD800b\u0000c\u0007")).isEqualTo("a\uFFFDb\uFFFDc\uFFFD");
		assertThat(Feeds.legible("Сухуми 😀 ქართული\nline\tand")).isEqualTo("Сухуми 😀 ქართული\nline\tand");
		assertThat(Feeds.legible("\uDC00\uD800")).isEqualTo("\uFFFD\uFFFD");
	}
}
