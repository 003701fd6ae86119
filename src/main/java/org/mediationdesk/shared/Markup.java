package org.mediationdesk.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders user-written Markdown to HTML that is safe to embed: raw HTML in the source is escaped, not
 * passed through, and a link or image leads only over {@code http}, {@code https} or {@code mailto}, or within
 * the site (a path from its root, a place on the page). Any other target ({@code javascript:}, {@code data:},
 * {@code //elsewhere.example} and the like) is neutralised: the link's words stay, as plain text, and an image
 * is replaced by its description.
 */
public final class Markup {

	private static final Parser PARSER = Parser.builder().build();
	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	/** Over the web or to a mailbox; or a path from the site's root (not "//" nor "/\", which browsers read as another host); or a fragment. */
	private static final Pattern ALLOWED = Pattern.compile("(?:https?://|mailto:)[^\\s]*|/(?![/\\\\])[^\\s]*|/|#[^\\s]*");

	private Markup() {
	}

	public static String toSafeHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		Node document = PARSER.parse(markdown);
		neutralise(document);
		return RENDERER.render(document);
	}

	/** Whether a link may lead there. */
	static boolean allowed(String destination) {
		if (destination == null) {
			return false;
		}
		String target = destination.strip();
		// browsers drop tabs and line breaks inside an address, and read a backslash as a slash
		if (target.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
			return false;
		}
		return ALLOWED.matcher(target.toLowerCase(Locale.ROOT)).matches();
	}

	private static void neutralise(Node document) {
		List<Node> refused = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Link link) {
				if (!allowed(link.getDestination())) {
					refused.add(link);
				}
				visitChildren(link);
			}

			@Override
			public void visit(Image image) {
				if (!allowed(image.getDestination())) {
					refused.add(image);
				}
				visitChildren(image);
			}
		});
		for (Node node : refused) {
			if (node instanceof Image) {
				StringBuilder description = new StringBuilder();
				for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
					if (child instanceof Text text) {
						description.append(text.getLiteral());
					}
				}
				node.insertBefore(new Text(description.toString()));
			}
			else {
				// the link's words stay where the link was
				Node child = node.getFirstChild();
				while (child != null) {
					Node next = child.getNext();
					node.insertBefore(child);
					child = next;
				}
			}
			node.unlink();
		}
	}
}
