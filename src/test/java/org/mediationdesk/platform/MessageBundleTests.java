package org.mediationdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * Every string of the UI comes from the message bundles, in English and Russian: a key used in a template
 * or in the code (found by {@link MessageKeys}) that is missing from either bundle fails here, and so does
 * a key that nothing uses, and literal text in a template.
 */
class MessageBundleTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");
	private static final List<String> BUNDLES = List.of("messages.properties", "messages_ru.properties",
			"messages_ka.properties");
	/** Names that stay as they are in every language: the product, the language names, file formats. */
	private static final Set<String> UNTRANSLATED = Set.of("layout.english", "layout.russian", "app.name",
			"home.heading", "texts.format.docx", "texts.format.akn", "texts.format.pdf");
	private static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "value");

	@Test
	void bundlesHaveTheSameKeys() throws IOException {
		for (String bundle : List.of("messages_ru.properties", "messages_ka.properties")) {
			assertThat(load(bundle).stringPropertyNames()).as(bundle)
				.containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
		}
	}

	@Test
	void everyKeyUsedInTemplatesAndCodeExistsInBothLanguages() throws IOException {
		Set<String> used = MessageKeys.scan().keys();
		assertThat(used).as("the scan finds the keys of the code, the templates and the values they are built from")
			.hasSizeGreaterThan(700);
		for (String bundle : BUNDLES) {
			Set<String> defined = load(bundle).stringPropertyNames();
			assertThat(used.stream().filter(key -> !defined.contains(key)).toList()).as("keys missing from " + bundle)
				.isEmpty();
		}
	}

	@Test
	void everyKeyBuiltFromAValueNamesWhereTheValuesComeFrom() throws IOException {
		Set<String> built = MessageKeys.scan().prefixes();
		assertThat(built).as("keys built from a value (\"prefix.\" + value): cover the values in MessageKeys.BUILT")
			.isSubsetOf(MessageKeys.covered());
		assertThat(MessageKeys.BUILT.keySet()).as("prefixes in MessageKeys.BUILT that nothing builds keys from any more")
			.isSubsetOf(built);
	}

	@Test
	void everyKeyInTheBundlesIsUsed() throws IOException {
		Set<String> used = MessageKeys.scan().keys();
		Set<String> defined = load("messages.properties").stringPropertyNames();
		List<String> unused = defined.stream()
			.filter(key -> !used.contains(key))
			.filter(key -> !MessageKeys.USED_BY_THE_FRAMEWORK.containsKey(key))
			.sorted()
			.toList();
		assertThat(unused).as("keys that nothing uses: delete them, or say in MessageKeys who uses them").isEmpty();
		assertThat(MessageKeys.USED_BY_THE_FRAMEWORK.keySet()).as("allowed keys that are not in the bundle")
			.isSubsetOf(defined);
	}

	@Test
	void theScanFindsEveryKindOfUse() throws IOException {
		MessageKeys scan = MessageKeys.scan();
		Set<String> used = scan.keys();
		assertThat(used).contains(
				// a literal of the code with a bundle's prefix, and one passed to a refusal
				"terminology.gateRefused", "round.illegalTransition",
				// a flash notice, a validation message, a parametrised template key, a key built from an enum
				"glossary.saved", "account.usernameInvalid", "audit.broken", "formats.kind.PROXIMITY",
				// a key built in a template from a value, and one built from the actions a round names
				"attendance.neutral.WALKED_OUT", "round.action.recordCollapse", "import.wrongType.flag");
		// a file name and the audit log's names of what happened ("round." + change) are not keys
		assertThat(used).doesNotContain("glossary.json", "login.succeeded");
		assertThat(scan.prefixes()).contains("round.action.").doesNotContain("round.", "document.", "account.");
	}

	@Test
	void noKeyIsDefinedTwice() throws IOException {
		for (String bundle : BUNDLES) {
			List<String> keys = Files.readAllLines(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8)
				.stream()
				.filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
				.map(line -> line.substring(0, line.indexOf('=')).strip())
				.toList();
			assertThat(keys).as(bundle + ": the later of two definitions silently wins").doesNotHaveDuplicates();
		}
	}

	@Test
	void bundlesUseTheSamePlaceholders() throws IOException {
		Properties english = load("messages.properties");
		Pattern placeholder = Pattern.compile("\\{\\d+[^}]*}");
		for (String bundle : List.of("messages_ru.properties", "messages_ka.properties")) {
			Properties translated = load(bundle);
			for (String key : english.stringPropertyNames()) {
				assertThat(placeholders(placeholder, translated.getProperty(key))).as(bundle + ": " + key)
					.isEqualTo(placeholders(placeholder, english.getProperty(key)));
			}
		}
	}

	private static Set<String> placeholders(Pattern pattern, String text) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = pattern.matcher(text == null ? "" : text);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

	@Test
	void russianAndGeorgianBundlesAreTranslated() throws IOException {
		Properties english = load("messages.properties");
		for (String bundle : List.of("messages_ru.properties", "messages_ka.properties")) {
			Properties translated = load(bundle);
			List<String> untranslated = english.stringPropertyNames()
				.stream()
				.filter(key -> english.getProperty(key).matches(".*[a-z]{4,}.*"))
				.filter(key -> english.getProperty(key).equals(translated.getProperty(key)))
				.filter(key -> !UNTRANSLATED.contains(key))
				.sorted()
				.toList();
			assertThat(untranslated).as(bundle + ": values still in English").isEmpty();
		}
	}

	@Test
	void georgianBundleIsWrittenInGeorgian() throws IOException {
		Properties georgian = load("messages_ka.properties");
		List<String> withoutGeorgian = georgian.stringPropertyNames()
			.stream()
			.filter(key -> georgian.getProperty(key).matches(".*\\p{IsLatin}{4,}.*"))
			.filter(key -> !georgian.getProperty(key).matches(".*\\p{IsGeorgian}.*"))
			.filter(key -> !UNTRANSLATED.contains(key))
			.sorted()
			.toList();
		assertThat(withoutGeorgian).as("values with Latin words and no Georgian letter").isEmpty();
	}

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
				for (Element element : Jsoup.parse(file.toFile(), "UTF-8").getAllElements()) {
					boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext")
							|| element.hasAttr("th:replace");
					for (TextNode text : element.textNodes()) {
						if (!replaced && text.text().matches(".*\\p{L}.*")) {
							literals.add(file + ": <" + element.tagName() + "> " + text.text().strip());
						}
					}
					for (String attribute : TEXT_ATTRIBUTES) {
						if (element.attr(attribute).matches(".*\\p{L}{2,}.*") && !element.tagName().equals("option")
								&& !element.tagName().equals("input")) {
							literals.add(file + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
						}
					}
				}
			}
		}
		assertThat(literals).isEmpty();
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream stream = MessageBundleTests.class.getResourceAsStream("/" + name);
				Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
