package org.mediationdesk.documents;

import java.util.UUID;

import org.mediationdesk.shared.LanguageCode;

/**
 * A document in one language: its Markdown text, an attached file, or both. The file's bytes live apart
 * from the aggregate and are read only on download.
 */
record LanguageVersion(LanguageCode language, String markdown, UUID fileId, String fileName, AttachmentType fileType,
		Long fileSize) {

	static LanguageVersion ofText(LanguageCode language, String text) {
		return new LanguageVersion(language, text, null, null, null, null);
	}

	LanguageVersion withText(String newText) {
		return new LanguageVersion(language, newText, fileId, fileName, fileType, fileSize);
	}

	LanguageVersion withFile(UUID newFileId, String newFileName, AttachmentType type, long size) {
		return new LanguageVersion(language, markdown, newFileId, newFileName, type, size);
	}

	LanguageVersion withoutFile() {
		return new LanguageVersion(language, markdown, null, null, null, null);
	}

	boolean hasFile() {
		return fileId != null;
	}

	boolean isEmpty() {
		return (markdown == null || markdown.isBlank()) && fileId == null;
	}
}
