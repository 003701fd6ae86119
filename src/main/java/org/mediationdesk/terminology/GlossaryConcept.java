package org.mediationdesk.terminology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mediationdesk.shared.LanguageCode;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** A concept of the glossary as stored, with its forms in order. */
class GlossaryConcept {

	@Id
	private UUID id;
	private String code;
	private String category;
	private String nameEn;
	private String nameRu;
	private List<GlossaryForm> forms = new ArrayList<>();
	@Version
	private Long version;

	@PersistenceCreator
	GlossaryConcept() {
	}

	static GlossaryConcept of(GlossaryFile.ConceptEntry entry) {
		GlossaryConcept concept = new GlossaryConcept();
		concept.id = UUID.randomUUID();
		concept.change(entry);
		return concept;
	}

	/** Takes the entry's id, category, names and forms. */
	void change(GlossaryFile.ConceptEntry entry) {
		code = entry.id();
		category = entry.category();
		nameEn = entry.name().get("en");
		nameRu = entry.name().get("ru");
		forms = new ArrayList<>(entry.forms().stream().map(GlossaryForm::of).toList());
	}

	String code() {
		return code;
	}

	GlossaryFile.ConceptEntry entry() {
		Map<String, String> name = new HashMap<>();
		name.put("en", nameEn);
		if (nameRu != null) {
			name.put("ru", nameRu);
		}
		return new GlossaryFile.ConceptEntry(code, category, name, forms.stream().map(GlossaryForm::entry).toList());
	}

	/** A form of a concept, stored in the concept's order. */
	record GlossaryForm(LanguageCode language, String text, boolean neutral, String perspectives, Severity severity,
			String whyEn, String whyRu, String suggestion) {

		static GlossaryForm of(GlossaryFile.FormEntry entry) {
			return new GlossaryForm(entry.language(), entry.text(), entry.neutral(),
					entry.perspectives().isEmpty() ? null
							: String.join(",", entry.perspectives().stream().map(Perspective::name).toList()),
					entry.severity(), entry.why().get("en"), entry.why().get("ru"), entry.suggestion());
		}

		GlossaryFile.FormEntry entry() {
			Map<String, String> why = new HashMap<>();
			if (whyEn != null) {
				why.put("en", whyEn);
			}
			if (whyRu != null) {
				why.put("ru", whyRu);
			}
			return new GlossaryFile.FormEntry(language, text, neutral,
					perspectives == null || perspectives.isBlank() ? List.of()
							: Arrays.stream(perspectives.split(",")).map(Perspective::valueOf).toList(),
					severity, why, suggestion);
		}
	}
}
