package org.mediationdesk.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words a document list shows for kinds, authors and audiences, in the viewer's language. Resolved
 * once per row in Java rather than by template expressions, which made the list page slow.
 */
@Component
class DocumentLabels {

	private final MessageSource messages;

	DocumentLabels(MessageSource messages) {
		this.messages = messages;
	}

	/** A line of the document list, ready to show. */
	record Row(UUID id, String symbol, String title, String kind, String author, String audience,
			LocalDate circulationDate) {
	}

	List<Row> rows(List<DocumentSummary> documents, Map<UUID, GroupView> groups, Locale locale) {
		LanguageCode language = LanguageCode.ofInterface(locale);
		return documents.stream()
			.map(document -> new Row(document.id(), document.symbol(), document.title(),
					message("documentKind." + document.kind(), locale),
					document.authorGroup() != null ? groupLabel(groups, document.authorGroup(), language)
							: message("authorKind." + document.authorKind(), locale),
					audience(document.audience(), groups, language, locale), document.circulationDate()))
			.toList();
	}

	private String audience(Audience audience, Map<UUID, GroupView> groups, LanguageCode language, Locale locale) {
		String group = audience.group() == null ? "" : groupLabel(groups, audience.group(), language);
		return messages.getMessage("audience." + audience.kind(), new Object[] { group }, locale);
	}

	private static String groupLabel(Map<UUID, GroupView> groups, UUID id, LanguageCode language) {
		GroupView group = groups.get(id);
		return group == null ? "" : group.label(language);
	}

	private String message(String code, Locale locale) {
		return messages.getMessage(code, null, locale);
	}
}
