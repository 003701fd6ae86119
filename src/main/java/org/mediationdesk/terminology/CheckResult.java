package org.mediationdesk.terminology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mediationdesk.shared.LanguageCode;
import java.util.Optional;

/**
 * What the check of a text found.
 *
 * @param passed for a mediator's text, whether it has no blocker in its own wording; other kinds always pass
 * @param blockers how many blockers stand outside quotations
 * @param warnings how many warnings stand outside quotations
 * @param total how many forms were found in all (the list keeps the first {@link Linter#MAX_FINDINGS})
 * @param perspective each perspective's share of the distinguishing usage found outside quotations (all 0 when
 *        the text has no distinctive form); see {@code docs/terminology.md}
 * @param confidence how sure the reading is, from 0 (no distinctive form, or a tie) to 1
 */
public record CheckResult(LanguageCode language, TextKind kind, boolean passed, int blockers, int warnings, int total,
		List<Finding> findings, Map<Perspective, Double> perspective, double confidence) {

	/**
	 * The result as the command line and the API give it: {@code language}, {@code kind}, {@code passed},
	 * {@code blockers}, {@code warnings}, {@code total}, {@code findings} (each with {@code start}, {@code end},
	 * {@code line}, {@code column}, {@code text}, {@code concept}, {@code perspectives}, {@code severity},
	 * {@code suggestion}, {@code why}, {@code quoted}), {@code perspective} (the share of each),
	 * {@code readsAs} (the perspective with the highest share, or {@code null} when no form tells),
	 * {@code distinctive} (whether any form told) and {@code confidence}.
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
		object.put("readsAs", strongest().orElse(null));
		object.put("distinctive", distinctive());
		object.put("confidence", confidence);
		return object;
	}

	/** Whether some findings were counted but not listed. */
	public boolean truncated() {
		return findings.size() < total;
	}

	/** Whether any form of the text tells whose usage it is. */
	public boolean distinctive() {
		return perspective.values().stream().anyMatch(share -> share > 0);
	}

	/** The perspective with the highest share, if a form tells and no other perspective has as high a share. */
	public Optional<Perspective> strongest() {
		double top = perspective.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
		List<Perspective> leaders = perspective.entrySet()
			.stream()
			.filter(share -> share.getValue() == top && top > 0)
			.map(Map.Entry::getKey)
			.toList();
		return leaders.size() == 1 ? Optional.of(leaders.get(0)) : Optional.empty();
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
