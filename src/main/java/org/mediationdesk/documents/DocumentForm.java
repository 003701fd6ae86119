package org.mediationdesk.documents;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The page form for filing or revising a document; {@code audience} is an audience's form key. */
record DocumentForm(
		@NotBlank(message = "{document.symbolInvalid}") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9/._-]{0,79}",
				message = "{document.symbolInvalid}") String symbol,
		@NotBlank(message = "{document.titleRequired}") @Size(max = DocumentRegistry.MAX_TITLE,
				message = "{document.titleSize}") String title,
		@NotNull(message = "{document.kindRequired}") DocumentKind kind, AuthorKind authorKind, UUID authorGroup,
		@NotBlank(message = "{audience.required}") String audience,
		@NotNull(message = "{document.dateRequired}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate circulationDate,
		@Size(max = DocumentRegistry.MAX_TEXT, message = "{document.textSize}") String textEn,
		@Size(max = DocumentRegistry.MAX_TEXT, message = "{document.textSize}") String textRu,
		@Size(max = DocumentRegistry.MAX_TEXT, message = "{document.textSize}") String textKa, Long version) {

	static DocumentForm empty(LocalDate today, Audience audience) {
		return new DocumentForm("", "", DocumentKind.NON_PAPER, AuthorKind.CO_CHAIRS, null, audience.key(), today, "",
				"", "", null);
	}

	static DocumentForm of(DocumentDetail document) {
		return new DocumentForm(document.symbol(), document.title(), document.kind(), document.authorKind(),
				document.authorGroup(), document.audience().key(), document.circulationDate(),
				document.text(LanguageCode.EN), document.text(LanguageCode.RU), document.text(LanguageCode.KA),
				document.version());
	}

	DocumentDraft toDraft() {
		Map<LanguageCode, String> texts = new EnumMap<>(LanguageCode.class);
		texts.put(LanguageCode.EN, textEn == null ? "" : textEn);
		texts.put(LanguageCode.RU, textRu == null ? "" : textRu);
		texts.put(LanguageCode.KA, textKa == null ? "" : textKa);
		return new DocumentDraft(symbol, title, kind, authorKind, authorGroup, Audience.parse(audience), circulationDate,
				texts);
	}
}
