package org.mediationdesk.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/**
 * axe-core 4.10.2 run in the page the browser shows, with the rules of WCAG 2.1 levels A and AA only. Each violation
 * comes back as one readable line: the page, the rule, the element and what to do about it.
 */
final class AxeCheck {

	/** The WCAG 2.0 and 2.1 rules at levels A and AA: what UN and OSCE bodies require of what they deploy. */
	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/**
	 * Rules left out, each with why and the plan that would bring it back. Empty: every page passes every rule of the
	 * tags above. A rule added here must say why it cannot pass and what would make it pass.
	 */
	static final Map<String, String> EXCLUDED = Map.of();

	private AxeCheck() {
	}

	private static AxeBuilder builder() {
		AxeRunOptions options = new AxeRunOptions();
		AxeRunOnlyOptions only = new AxeRunOnlyOptions();
		only.setType("tag");
		only.setValues(WCAG_21_AA);
		options.setRunOnly(only);
		// only the violations come back whole: the passes would be most of the answer, and read by nobody
		options.setResultTypes(List.of("violations"));
		// the pages have no frames: axe runs in the page itself, without the blank window in which its frame-by-frame
		// mode puts the frames' results together (that window cost about half a second a page)
		AxeBuilder builder = new AxeBuilder().withOptions(options).disableIframeTesting().setLegacyMode(true);
		if (!EXCLUDED.isEmpty()) {
			builder.disableRules(List.copyOf(EXCLUDED.keySet()));
		}
		return builder;
	}

	/** The violations on the page now shown, one line each, named after {@code page}; empty if none. */
	static List<String> violations(WebDriver driver, String page) {
		Results results = builder().analyze(driver);
		if (results.isErrored()) {
			return List.of(page + ": axe could not run: " + results.getErrorMessage());
		}
		List<String> found = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			for (CheckedNode node : rule.getNodes()) {
				found.add(page + ": rule " + rule.getId() + " (" + rule.getHelp() + ", "
						+ rule.getTags().stream().filter(tag -> tag.startsWith("wcag")).collect(Collectors.joining(" "))
						+ ")\n    element " + node.getTarget() + ": " + shorten(node.getHtml())
						+ "\n    to do: " + node.getFailureSummary().replace("\n", "\n      ")
						+ "\n    see " + rule.getHelpUrl());
			}
		}
		return found;
	}

	private static String shorten(String html) {
		return html.length() > 200 ? html.substring(0, 200) + "…" : html;
	}
}
