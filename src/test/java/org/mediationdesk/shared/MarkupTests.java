package org.mediationdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTests {

	@Test
	void rendersMarkdown() {
		assertThat(Markup.toSafeHtml("**agreed** text")).isEqualTo("<p><strong>agreed</strong> text</p>\n");
	}

	@Test
	void escapesRawHtmlInsteadOfPassingItThrough() {
		String html = Markup.toSafeHtml("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>");
		assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
	}

	@Test
	void dropsDangerousLinkTargets() {
		assertThat(Markup.toSafeHtml("[click](javascript:alert(1))")).doesNotContain("javascript:");
		assertThat(Markup.toSafeHtml("[site](https://example.org)")).contains("href=\"https://example.org\"");
	}

	@Test
	void rendersNothingForNoText() {
		assertThat(Markup.toSafeHtml(null)).isEmpty();
		assertThat(Markup.toSafeHtml("  ")).isEmpty();
	}
}
