package org.mediationdesk.shared;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders user-written Markdown to HTML that is safe to embed: raw HTML in the source is escaped, not
 * passed through, and link targets with dangerous schemes ({@code javascript:} and the like) are dropped.
 */
public final class Markup {

	private static final Parser PARSER = Parser.builder().build();
	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private Markup() {
	}

	public static String toSafeHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return RENDERER.render(PARSER.parse(markdown));
	}
}
