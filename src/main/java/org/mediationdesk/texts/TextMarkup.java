package org.mediationdesk.texts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * How the pages of a text name its sides and provisions and show its wordings, for one reader: a side by its
 * label in the reader's language (never its code), a provision as "Provision 2" (its id stays in the exports
 * and the API), and a wording with its square brackets marked by how deeply they nest. Every wording is
 * escaped here before it is marked: what a side typed is never read as markup.
 */
public final class TextMarkup {

	/** Nesting deeper than this is shown as this level. */
	static final int DEEPEST = 3;

	private final Map<String, String> sides;
	private final Map<String, Integer> numbers;
	private final MessageSource messages;
	private final Locale locale;

	/**
	 * @param sides each group's label in the reader's language, by its code
	 * @param numbers each provision's number in the text as it stands, by its id
	 */
	TextMarkup(Map<String, String> sides, Map<String, Integer> numbers, MessageSource messages, Locale locale) {
		this.sides = sides;
		this.numbers = numbers;
		this.messages = messages;
		this.locale = locale;
	}

	/** A side's name: the co-chairs, or a group's label; a code unknown to the directory stands as it is. */
	public String side(String code) {
		if (code == null) {
			return "";
		}
		if (code.equals(SponsoredWording.CO_CHAIRS)) {
			return messages.getMessage("texts.sponsor.coChairs", null, locale);
		}
		return sides.getOrDefault(code, code);
	}

	/** Several sides, by name, in the order given. */
	public String sides(List<String> codes) {
		return codes.stream().map(this::side).collect(Collectors.joining(", "));
	}

	/** A provision of the text by its number ("Provision 2"); one no longer in the text, by its id. */
	public String provision(String eId) {
		Integer number = numbers.get(eId);
		return number == null ? String.valueOf(eId) : provision(number);
	}

	/** A provision's number in the text as it stands ("2"); one no longer in the text, by its id. */
	public String provisionNumber(String eId) {
		Integer number = numbers.get(eId);
		return number == null ? String.valueOf(eId) : number.toString();
	}

	/** A provision named within a sentence ("for provision 2"); one no longer in the text, by its id. */
	public String provisionInSentence(String eId) {
		Integer number = numbers.get(eId);
		return number == null ? String.valueOf(eId) : messages.getMessage("texts.provisionInSentence", new Object[] { number }, locale);
	}

	/** The label of the provision with this number. */
	public String provision(int number) {
		return messages.getMessage("texts.provisionNumber", new Object[] { number }, locale);
	}

	/**
	 * A wording as HTML: escaped, its brackets and what they enclose marked by level ({@code br-1} …), in a
	 * {@code <bdi>} of its own, so that no direction control left in an older wording reorders what stands around it
	 * (see {@code shared.ApprovedText}).
	 */
	public String brackets(String wording) {
		return "<bdi>" + bracketsHtml(wording) + "</bdi>";
	}

	static String bracketsHtml(String wording) {
		if (wording == null) {
			return "";
		}
		StringBuilder html = new StringBuilder();
		marked(html, wording, new int[] { 0 });
		return html.toString();
	}

	/**
	 * A passage of a comparison as HTML: its runs of words, those that went out in {@code <del>}, those that came
	 * in in {@code <ins>}, the brackets marked across the runs as in the wording they belong to; in a {@code <bdi>}
	 * of its own, as a wording.
	 */
	public String passage(List<Comparison.Words> words) {
		StringBuilder html = new StringBuilder("<bdi>");
		int[] depth = { 0 };
		for (int i = 0; i < words.size(); i++) {
			Comparison.Words run = words.get(i);
			String tag = switch (run.piece()) {
				case SAME -> null;
				case ADDED -> "ins";
				case REMOVED -> "del";
			};
			if (i > 0) {
				html.append(' ');
			}
			if (tag != null) {
				html.append('<').append(tag).append('>');
			}
			marked(html, run.text(), depth);
			if (tag != null) {
				html.append("</").append(tag).append('>');
			}
		}
		return html.append("</bdi>").toString();
	}

	/** Appends the text escaped, each run between brackets in a span of its level, each bracket in one too. */
	private static void marked(StringBuilder html, String text, int[] depth) {
		StringBuilder run = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '[' || c == ']') {
				flush(html, run, depth[0]);
				if (c == '[') {
					depth[0]++;
					html.append("<span class=\"br br-").append(level(depth[0])).append("\">[</span>");
				}
				else if (depth[0] == 0) {
					html.append("<span class=\"br br-unmatched\">]</span>");
				}
				else {
					html.append("<span class=\"br br-").append(level(depth[0])).append("\">]</span>");
					depth[0]--;
				}
			}
			else {
				run.append(c);
			}
		}
		flush(html, run, depth[0]);
	}

	private static void flush(StringBuilder html, StringBuilder run, int depth) {
		if (run.isEmpty()) {
			return;
		}
		String escaped = HtmlUtils.htmlEscape(run.toString());
		if (depth == 0) {
			html.append(escaped);
		}
		else {
			html.append("<span class=\"in-br in-").append(level(depth)).append("\">").append(escaped).append("</span>");
		}
		run.setLength(0);
	}

	private static int level(int depth) {
		return Math.min(depth, DEEPEST);
	}
}
