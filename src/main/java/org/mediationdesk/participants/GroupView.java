package org.mediationdesk.participants;

import java.util.UUID;

import org.mediationdesk.shared.LanguageCode;

/** A participant group with its neutral label and the per-language labels it has. */
public record GroupView(UUID id, String code, String label, String labelRu, String labelKa) {

	/** The label in the given language, falling back to the neutral English label. */
	public String label(LanguageCode language) {
		String localised = switch (language) {
			case RU -> labelRu;
			case KA -> labelKa;
			case EN -> label;
		};
		return localised == null || localised.isBlank() ? label : localised;
	}
}
