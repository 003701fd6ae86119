package org.mediationdesk.terminology;

import org.mediationdesk.shared.LanguageCode;

/** One form of the concept form: a row of {@link ConceptForm}. */
final class ConceptFormRow {

	private LanguageCode language;
	private String text;
	private boolean neutral;
	private String perspectives;
	private Severity severity;
	private String whyEn;
	private String whyRu;
	private String suggestion;

	public LanguageCode getLanguage() {
		return language;
	}

	public void setLanguage(LanguageCode language) {
		this.language = language;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public boolean isNeutral() {
		return neutral;
	}

	public void setNeutral(boolean neutral) {
		this.neutral = neutral;
	}

	public String getPerspectives() {
		return perspectives;
	}

	public void setPerspectives(String perspectives) {
		this.perspectives = perspectives;
	}

	public Severity getSeverity() {
		return severity;
	}

	public void setSeverity(Severity severity) {
		this.severity = severity;
	}

	public String getWhyEn() {
		return whyEn;
	}

	public void setWhyEn(String whyEn) {
		this.whyEn = whyEn;
	}

	public String getWhyRu() {
		return whyRu;
	}

	public void setWhyRu(String whyRu) {
		this.whyRu = whyRu;
	}

	public String getSuggestion() {
		return suggestion;
	}

	public void setSuggestion(String suggestion) {
		this.suggestion = suggestion;
	}
}
