package org.mediationdesk.terminology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.mediationdesk.shared.LanguageCode;

/**
 * The concept form: its id, category and names, and its forms as rows. A row whose text is left empty is
 * dropped; three empty rows are offered for new forms.
 */
final class ConceptForm {

	private String id;
	private String category;
	private String nameEn;
	private String nameRu;
	private List<ConceptFormRow> forms = new ArrayList<>();

	static ConceptForm blank() {
		return new ConceptForm().withBlankRows();
	}

	static ConceptForm of(GlossaryFile.ConceptEntry entry) {
		ConceptForm form = new ConceptForm();
		form.id = entry.id();
		form.category = entry.category();
		form.nameEn = entry.name().get("en");
		form.nameRu = entry.name().get("ru");
		for (GlossaryFile.FormEntry row : entry.forms()) {
			ConceptFormRow formRow = new ConceptFormRow();
			formRow.setLanguage(row.language());
			formRow.setText(row.text());
			formRow.setNeutral(row.neutral());
			formRow.setPerspectives(String.join(" ", row.perspectives().stream().map(Perspective::name).toList()));
			formRow.setSeverity(row.severity());
			formRow.setWhyEn(row.why().get("en"));
			formRow.setWhyRu(row.why().get("ru"));
			formRow.setSuggestion(row.suggestion());
			form.forms.add(formRow);
		}
		return form.withBlankRows();
	}

	ConceptForm withBlankRows() {
		forms.removeIf(row -> row.getText() == null || row.getText().isBlank());
		for (int i = 0; i < 3; i++) {
			ConceptFormRow row = new ConceptFormRow();
			row.setLanguage(LanguageCode.EN);
			row.setSeverity(Severity.OK);
			forms.add(row);
		}
		return this;
	}

	GlossaryFile.ConceptEntry entry() {
		Map<String, String> name = new HashMap<>();
		name.put("en", blankToNull(nameEn));
		if (blankToNull(nameRu) != null) {
			name.put("ru", nameRu.strip());
		}
		name.values().removeIf(Objects::isNull);
		List<GlossaryFile.FormEntry> entries = new ArrayList<>();
		for (ConceptFormRow row : forms) {
			if (row.getText() == null || row.getText().isBlank()) {
				continue;
			}
			Map<String, String> why = new HashMap<>();
			if (blankToNull(row.getWhyEn()) != null) {
				why.put("en", row.getWhyEn().strip());
			}
			if (blankToNull(row.getWhyRu()) != null) {
				why.put("ru", row.getWhyRu().strip());
			}
			List<Perspective> perspectives = row.getPerspectives() == null ? List.of()
					: Arrays.stream(row.getPerspectives().toUpperCase(Locale.ROOT).split("[\\s,;]+"))
						.filter(tag -> !tag.isBlank())
						.map(tag -> {
							try {
								return Perspective.valueOf(tag);
							}
							catch (IllegalArgumentException e) {
								throw new GlossaryRejected(List.of("\"" + tag + "\" is not a perspective: use "
										+ Arrays.toString(Perspective.values())));
							}
						})
						.distinct()
						.toList();
			entries.add(new GlossaryFile.FormEntry(row.getLanguage(), row.getText().strip(), row.isNeutral(),
					perspectives, row.isNeutral() ? Severity.OK : row.getSeverity(), why,
					blankToNull(row.getSuggestion())));
		}
		return new GlossaryFile.ConceptEntry(id == null ? null : id.strip(), blankToNull(category), name, entries);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public String getId() {
		return id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getNameRu() {
		return nameRu;
	}

	public void setNameRu(String nameRu) {
		this.nameRu = nameRu;
	}

	public List<ConceptFormRow> getForms() {
		return forms;
	}

	public void setForms(List<ConceptFormRow> forms) {
		this.forms = forms;
	}
}
