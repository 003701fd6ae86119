package org.mediationdesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class AttachmentTypeTests {

	static byte[] pdf() {
		return "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] zip(String... entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	static byte[] docx() throws IOException {
		return zip("[Content_Types].xml", "word/document.xml");
	}

	@Test
	void recognisesPdfByContent() {
		assertThat(AttachmentType.detect(pdf())).contains(AttachmentType.PDF);
	}

	@Test
	void recognisesDocxByItsWordPart() throws IOException {
		assertThat(AttachmentType.detect(docx())).contains(AttachmentType.DOCX);
	}

	@Test
	void rejectsOtherZipPackagesAndText() throws IOException {
		assertThat(AttachmentType.detect(zip("[Content_Types].xml", "xl/workbook.xml"))).isEmpty();
		assertThat(AttachmentType.detect("just text renamed to .pdf".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(AttachmentType.detect(new byte[0])).isEmpty();
	}

	@Test
	void checksTheNameAgainstTheContent() {
		assertThat(AttachmentType.PDF.matchesName("Non-paper.PDF")).isTrue();
		assertThat(AttachmentType.PDF.matchesName("non-paper.docx")).isFalse();
		assertThat(AttachmentType.DOCX.matchesName(null)).isFalse();
	}
}
