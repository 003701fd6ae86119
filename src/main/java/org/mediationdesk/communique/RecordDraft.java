package org.mediationdesk.communique;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mediationdesk.shared.LanguageCode;
import org.springframework.stereotype.Component;

/**
 * The draft that the record writes: the {@link CommuniqueSection}s in the order of the communiqué's pattern, a real
 * section replacing the placeholder of its name.
 */
@Component
class RecordDraft {

	private final List<CommuniqueSection> sections;

	RecordDraft(List<CommuniqueSection> sections) {
		this.sections = sections;
	}

	/** The paragraphs the record gives for a round, in a language, section by section. */
	List<String> paragraphs(int number, LanguageCode language) {
		Map<String, CommuniqueSection> chosen = new LinkedHashMap<>();
		sections.stream().sorted(Comparator.comparingInt(CommuniqueSection::position)).forEach(section -> {
			CommuniqueSection before = chosen.get(section.name());
			if (before == null || before.placeholder() && !section.placeholder()) {
				chosen.put(section.name(), section);
			}
		});
		List<String> paragraphs = new ArrayList<>();
		chosen.values()
			.stream()
			.sorted(Comparator.comparingInt(CommuniqueSection::position))
			.forEach(section -> paragraphs.addAll(section.paragraphs(number, language)));
		return paragraphs;
	}
}
