package org.mediationdesk.terminology;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.mediationdesk.shared.DeskException;
import org.apache.pdfbox.io.IOUtils;

/**
 * The text of an uploaded or named file, by its extension: plain text and Markdown as UTF-8, HTML through
 * jsoup, Word (.docx) through Apache POI, PDF through Apache PDFBox.
 */
public final class TextExtraction {

	/** The largest file read, in bytes. */
	public static final int MAX_FILE = 64 * 1024 * 1024;

	private TextExtraction() {
	}

	/**
	 * A file's text.
	 *
	 * @param replaced how many bytes were not valid UTF-8 and were replaced (plain text, Markdown, HTML)
	 */
	public record Extracted(String text, int replaced) {
	}

	public static Extracted extract(String fileName, byte[] content) {
		if (content.length > MAX_FILE) {
			throw new DeskException.Invalid("terminology.fileTooLarge", MAX_FILE / (1024 * 1024));
		}
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		try {
			if (name.endsWith(".docx")) {
				try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content));
						XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
					return new Extracted(extractor.getText(), 0);
				}
			}
			if (name.endsWith(".pdf")) {
				// a PDF's streams are cached in temporary files, not in memory
				try (PDDocument document = Loader.loadPDF(content, "", null, null,
						IOUtils.createTempFileOnlyStreamCache())) {
					return new Extracted(new PDFTextStripper().getText(document), 0);
				}
			}
			Extracted decoded = utf8(content);
			if (name.endsWith(".html") || name.endsWith(".htm")) {
				return new Extracted(Jsoup.parse(decoded.text()).wholeText(), decoded.replaced());
			}
			if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".text")) {
				return decoded;
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof DeskException desk) {
				throw desk;
			}
			throw new DeskException.Invalid("terminology.unreadable", fileName);
		}
		throw new DeskException.Invalid("terminology.fileType", fileName);
	}

	/** UTF-8, strictly if it can be; otherwise with each bad byte replaced, counting them. */
	static Extracted utf8(byte[] content) {
		CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			CharBuffer text = strict.decode(ByteBuffer.wrap(content));
			return new Extracted(stripByteOrderMark(text.toString()), 0);
		}
		catch (CharacterCodingException e) {
			String text = new String(content, StandardCharsets.UTF_8);
			int replaced = (int) text.chars().filter(c -> c == '\uFFFD').count();
			return new Extracted(stripByteOrderMark(text), replaced);
		}
	}

	private static String stripByteOrderMark(String text) {
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}
}
