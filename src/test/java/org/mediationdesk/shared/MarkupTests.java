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
	void neutralisesLinksAndImagesWhoseSchemeIsNotHttpHttpsOrMailto() {
		for (String markdown : new String[] { "[x](data:text/html;base64,PHNjcmlwdD4=)", "[x](//elsewhere.example/path)",
				"[x](/\\elsewhere.example)", "<data:text/html,hi>", "[x][ref]\n\n[ref]: data:text/html,hi",
				"![pic](data:image/png;base64,iVBORw0KGgo=)", "![pic](//elsewhere.example/p.png)", "[x](ftp://host/file)",
				"[x](vbscript:msgbox)", "[x]( JAVASCRIPT:alert(1))", "[x](file:///etc/passwd)" }) {
			String html = Markup.toSafeHtml(markdown);
			assertThat(html).as(markdown).doesNotContain("href=").doesNotContain("src=")
				.doesNotContain("elsewhere.example\"").doesNotContain("data:image");
		}
		assertThat(Markup.toSafeHtml("[label](data:text/html,hi)")).contains("label");
		assertThat(Markup.toSafeHtml("![a picture](data:image/png;base64,iVBORw0KGgo=)")).contains("a picture");
	}

	@Test
	void keepsLinksOverHttpHttpsAndMailtoAndWithinTheSite() {
		assertThat(Markup.toSafeHtml("[a](http://example.org/a)")).contains("href=\"http://example.org/a\"");
		assertThat(Markup.toSafeHtml("[a](HTTPS://example.org/a)")).contains("href=\"HTTPS://example.org/a\"");
		assertThat(Markup.toSafeHtml("[a](mailto:desk@example.org)")).contains("href=\"mailto:desk@example.org\"");
		assertThat(Markup.toSafeHtml("<https://example.org>")).contains("href=\"https://example.org\"");
		assertThat(Markup.toSafeHtml("[a](/documents)")).contains("href=\"/documents\"");
		assertThat(Markup.toSafeHtml("[a](#part-2)")).contains("href=\"#part-2\"");
	}

	@Test
	void rendersNothingForNoText() {
		assertThat(Markup.toSafeHtml(null)).isEmpty();
		assertThat(Markup.toSafeHtml("  ")).isEmpty();
	}
}
