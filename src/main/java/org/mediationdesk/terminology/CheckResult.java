package org.mediationdesk.terminology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mediationdesk.shared.LanguageCode;

/**
 * What the check of a text found.
 *
 * @param passed for a mediator's text, whether it has no blocker in its own wording; other kinds always pass
 * @param blockers how many blockers stand outside quotations
 * @param warnings how many warnings stand outside quotations
 * @param total how many forms were found in all (the list keeps the first {@link Linter#MAX_FINDINGS})
 * @param perspective the share of the findings (outside quotations) that each perspective's vocabulary has
 */
public record CheckResult(LanguageCode language, TextKind kind, boolean passed, int blockers, int warnings, int total,
		List<Finding> findings, Map<Perspective, Double> perspective) {

	/**
	 * The result as the command line and the API give it: {@code language}, {@code kind}, {@code passed},
	 * {@code blockers}, {@code warnings}, {@code total}, {@code findings} (each with {@code start}, {@code end},
	 * {@code line}, {@code column}, {@code text}, {@code concept}, {@code perspectives}, {@code severity},
	 * {@code suggestion}, {@code why}, {@code quoted}) and {@code perspective} (the share of each).
	 */
	public Map<String, Object> asJson() {
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("language", language.name().toLowerCase(Locale.ROOT));
		object.put("kind", kind.key());
		object.put("passed", passed);
		object.put("blockers", blockers);
		object.put("warnings", warnings);
		object.put("total", total);
		List<Map<String, Object>> items = new ArrayList<>();
		for (Finding finding : findings) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("start", finding.start());
			item.put("end", finding.end());
			item.put("line", finding.line());
			item.put("column", finding.column());
			item.put("text", finding.text());
			item.put("concept", finding.concept());
			item.put("perspectives", finding.perspectives());
			item.put("severity", finding.severity());
			item.put("suggestion", finding.suggestion());
			item.put("why", finding.why());
			item.put("quoted", finding.quoted());
			items.add(item);
		}
		object.put("findings", items);
		object.put("perspective", perspective);
		return object;
	}

	/** Whether some findings were counted but not listed. */
	public boolean truncated() {
		return findings.size() < total;
	}

	/** The perspectives whose vocabulary the text mostly uses, strongest first (those with a share of 25% or more). */
	public List<Perspective> readsAs() {
		return perspective.entrySet()
			.stream()
			.filter(share -> share.getValue() >= 0.25)
			.sorted(Map.Entry.<Perspective, Double>comparingByValue().reversed())
			.map(Map.Entry::getKey)
			.toList();
	}
}
