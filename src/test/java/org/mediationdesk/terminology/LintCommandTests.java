package org.mediationdesk.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code terminology lint}, run as the command line runs it: no application, no database. */
class LintCommandTests {

	@TempDir
	Path directory;

	record Run(int exit, String out, String err) {
	}

	private Run lint(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		String[] all = new String[args.length + 2];
		all[0] = "terminology";
		all[1] = "lint";
		System.arraycopy(args, 0, all, 2, args.length);
		int exit = LintCommand.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private Path file(String name, String text) throws IOException {
		return Files.writeString(directory.resolve(name), text);
	}

	@Test
	void failsAMediatorsDraftWithABlockerAndNamesWhere() throws IOException {
		Path draft = file("draft.txt", "The co-chairs met participants in Sukhumi.\nThey walked along the occupation line.\n");
		Run run = lint(draft.toString());
		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.out()).contains("FAILED (mediator, en): 1 blocker, ")
			.contains("2:23 BLOCKER \"occupation line\" [GE] -> dividing line");
		assertThat(lint("--kind", "participant", draft.toString()).exit()).as("a side's own statement is not failed").isZero();
		assertThat(lint(file("clean.txt", "The co-chairs met participants in Sukhumi.").toString()).exit()).isZero();
	}

	@Test
	void printsOneJsonObjectPerFileWithEveryField() throws IOException {
		Path english = file("a.txt", "Near the occupation line.");
		Path russian = file("b.md", "Встреча в Сухуме.");
		Run run = lint("--format", "json", "--language", "auto", english.toString(), russian.toString());
		assertThat(run.exit()).isEqualTo(1);
		List<String> lines = run.out().lines().toList();
		assertThat(lines).hasSize(2);
		JsonMapper json = JsonMapper.builder().build();
		JsonNode first = json.readTree(lines.get(0));
		assertThat(first.get("file").asString()).isEqualTo(english.toString());
		assertThat(first.get("language").asString()).isEqualTo("en");
		assertThat(first.get("kind").asString()).isEqualTo("mediator");
		assertThat(first.get("passed").asBoolean()).isFalse();
		assertThat(first.get("blockers").asInt()).isEqualTo(1);
		JsonNode finding = first.get("findings").get(0);
		assertThat(finding.propertyNames()).containsExactly("start", "end", "line", "column", "text", "concept",
				"perspectives", "severity", "suggestion", "why", "quoted");
		assertThat(finding.get("start").asInt()).isEqualTo(9);
		assertThat(finding.get("perspectives").get(0).asString()).isEqualTo("GE");
		assertThat(first.get("perspective").get("GE").asDouble()).isEqualTo(1.0);
		JsonNode second = json.readTree(lines.get(1));
		assertThat(second.get("language").asString()).isEqualTo("ru");
		assertThat(second.get("findings").get(0).get("text").asString()).isEqualTo("Сухуме");
		assertThat(second.get("warnings").asInt()).isEqualTo(1);
	}

	@Test
	void readsWordAndPdfFiles() throws IOException {
		Path word = directory.resolve("draft.docx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(word)) {
			document.createParagraph().createRun().setText("Participants met near the occupation line.");
			document.write(out);
		}
		Path pdf = directory.resolve("draft.pdf");
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText("Patrols along the state border near Gal.");
				content.endText();
			}
			document.save(pdf.toFile());
		}
		Run run = lint("--format", "json", word.toString(), pdf.toString());
		assertThat(run.err()).isEmpty();
		assertThat(run.out()).contains("\"text\":\"occupation line\"", "\"text\":\"state border\"", "\"text\":\"Gal\"");
	}

	@Test
	void explainsUsageErrorsAndUnreadableFilesWithExitCodeTwo() throws IOException {
		assertThat(lint().exit()).isEqualTo(2);
		Run unknown = lint("--colour", "x.txt");
		assertThat(unknown.exit()).isEqualTo(2);
		assertThat(unknown.err()).contains("unknown option --colour").contains("Usage:");
		assertThat(lint("--kind", "novel", "x.txt").err()).contains("--kind takes mediator, participant or press");
		Run missing = lint(directory.resolve("nowhere.txt").toString());
		assertThat(missing.exit()).isEqualTo(2);
		assertThat(missing.err()).contains("nowhere.txt: cannot be read: no such file");
		Path binary = directory.resolve("binary.txt");
		Files.write(binary, new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 0, 7, 0, 0, 8, 0, 0, 0, 5, 6 });
		Run garbage = lint(binary.toString());
		assertThat(garbage.exit()).isEqualTo(2);
		assertThat(garbage.err()).contains("does not look like text");
		Run empty = lint(file("empty.txt", "   \n").toString());
		assertThat(empty.exit()).isEqualTo(2);
		assertThat(empty.err()).contains("There is no text to check");
		Run odd = lint(file("notes.odt", "Sukhum").toString());
		assertThat(odd.exit()).isEqualTo(2);
		assertThat(odd.err()).contains("is not of a kind that can be checked");
	}

	@Test
	void readsBrokenUtf8WithAWarning() throws IOException {
		Path broken = directory.resolve("broken.txt");
		byte[] text = "Sukhum \u00ff".getBytes(StandardCharsets.UTF_8);
		byte[] bad = new byte[text.length + 2];
		System.arraycopy(text, 0, bad, 0, text.length);
		bad[text.length] = (byte) 0xC3;
		bad[text.length + 1] = (byte) 0x28;
		Files.write(broken, bad);
		Run run = lint(broken.toString());
		assertThat(run.exit()).isZero();
		assertThat(run.err()).contains("1 bytes were not valid UTF-8");
		assertThat(run.out()).contains("\"Sukhum\"");
	}

	@Test
	void takesAnotherGlossaryAndRefusesAnInvalidOne() throws IOException {
		Path glossary = file("glossary.json", LinterTests.GLOSSARY);
		Path text = file("t.txt", "Sukhum and the Republic of Abkhazia.");
		Run run = lint("--glossary", glossary.toString(), "--format", "json", text.toString());
		assertThat(run.out()).contains("\"text\":\"Sukhum\"").doesNotContain("Republic of Abkhazia");
		Run invalid = lint("--glossary", file("bad.json", "{\"formatVersion\": 2}").toString(), text.toString());
		assertThat(invalid.exit()).isEqualTo(2);
		assertThat(invalid.err()).contains("is not valid: formatVersion: 2");
	}
}
