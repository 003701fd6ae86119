package org.mediationdesk.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types a document may carry, recognised by their content rather than their name: a PDF starts
 * with {@code %PDF-}; a DOCX is a ZIP package holding {@code word/document.xml}.
 */
public enum AttachmentType {
	PDF("pdf", "application/pdf"),
	DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	public static final long MAX_BYTES = 20L * 1024 * 1024;

	private final String extension;
	private final String mediaType;

	AttachmentType(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}

	/** The type the content really is, if it is one we accept. */
	public static Optional<AttachmentType> detect(byte[] content) {
		if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(PDF);
		}
		if (startsWith(content, new byte[] { 'P', 'K', 3, 4 }) && isWordPackage(content)) {
			return Optional.of(DOCX);
		}
		return Optional.empty();
	}

	/** Whether a file name's extension agrees with this type. */
	public boolean matchesName(String fileName) {
		return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith("." + extension);
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static boolean isWordPackage(byte[] content) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if ("word/document.xml".equals(entry.getName())) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException e) {
			return false;
		}
	}
}
