package org.mediationdesk.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every PDF the application writes: an XHTML page rendered by openhtmltopdf with DejaVu Sans embedded (regular,
 * bold, italic, bold italic), because the PDF's built-in fonts have no Cyrillic or Georgian letters. The page's
 * style names the font as {@code 'DejaVu Sans'}.
 */
public final class PdfFiles {

	/** The DejaVu fonts come in a jar of their own (jasperreports-fonts), under this folder. */
	private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

	/** Each font file, read once from the jar. */
	private static final Map<String, byte[]> FONT_FILES = new ConcurrentHashMap<>();

	static {
		// the PDF renderer logs every step of every export at INFO on a console of its own: into the application's
		// log instead, and only what went wrong
		XRLog.setLoggerImpl(new PdfLog());
	}

	private PdfFiles() {
	}

	/** The page as a PDF, without direction controls ({@link ApprovedText#neutral}): it shows what was approved. */
	public static byte[] fromXhtml(String xhtml) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			font(builder, "DejaVuSans.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL);
			font(builder, "DejaVuSans-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL);
			font(builder, "DejaVuSans-Oblique.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC);
			font(builder, "DejaVuSans-BoldOblique.ttf", 700, BaseRendererBuilder.FontStyle.ITALIC);
			builder.withHtmlContent(ApprovedText.neutral(xhtml), null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void font(PdfRendererBuilder builder, String file, int weight, BaseRendererBuilder.FontStyle style) {
		byte[] bytes = FONT_FILES.computeIfAbsent(file, name -> {
			try (var in = PdfFiles.class.getResourceAsStream(FONTS + name)) {
				if (in == null) {
					throw new IllegalStateException("font " + FONTS + name + " is not on the classpath");
				}
				return in.readAllBytes();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		builder.useFont(() -> new ByteArrayInputStream(bytes), "DejaVu Sans", weight, style, true);
	}

	/** The PDF renderer's messages, warnings and worse, in the application's log. */
	private static final class PdfLog implements XRLogger {

		private static final Logger LOG = LoggerFactory.getLogger("com.openhtmltopdf");

		@Override
		public void log(String where, Level level, String message) {
			log(where, level, message, null);
		}

		@Override
		public void log(String where, Level level, String message, Throwable failure) {
			if (level.intValue() >= Level.SEVERE.intValue()) {
				LOG.error("{}: {}", where, message, failure);
			}
			else if (level.intValue() >= Level.WARNING.intValue()) {
				LOG.warn("{}: {}", where, message, failure);
			}
		}

		@Override
		public void setLevel(String logger, Level level) {
		}

		@Override
		public boolean isLogLevelEnabled(Diagnostic diagnostic) {
			return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
		}
	}
}
