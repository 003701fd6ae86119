package org.mediationdesk.documents;

/** An attached file as it is downloaded. */
public record Attachment(String fileName, AttachmentType type, byte[] content) {
}
