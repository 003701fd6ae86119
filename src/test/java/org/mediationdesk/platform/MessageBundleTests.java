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
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.ibm.icu.text.MessagePattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.mediationdesk.shared.MessagePatterns;

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
			"home.heading", "texts.format.docx", "texts.format.akn", "texts.format.pdf", "communique.exportAkn",
			// a date pattern, and a choice of article that Georgian does not need
			"audit.timeFormat", "formats.aKind");
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
		for (String bundle : List.of("messages_ru.properties", "messages_ka.properties")) {
			Properties other = load(bundle);
			for (String key : english.stringPropertyNames()) {
				if (other.containsKey(key)) {
					// the same arguments by number: one language may choose a plural form where another needs none
					assertThat(numbers(other.getProperty(key))).as(bundle + ": " + key)
						.isEqualTo(numbers(english.getProperty(key)));
				}
			}
		}
	}

	private static Set<String> numbers(String text) {
		return new TreeSet<>(arguments(text).stream().map(argument -> argument.split(":")[0]).toList());
	}

	/**
	 * The arguments a pattern names, each with how it is used where that matters to the caller: {@code "0"} for a
	 * plain argument, {@code "0:plural"} for a number that chooses a plural form, {@code "1:select"} for a choice.
	 */
	private static Set<String> arguments(String text) {
		Set<String> found = new TreeSet<>();
		MessagePattern pattern = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL).parse(text);
		for (int i = 0; i < pattern.countParts(); i++) {
			MessagePattern.Part part = pattern.getPart(i);
			if (part.getType() == MessagePattern.Part.Type.ARG_START) {
				MessagePattern.Part name = pattern.getPart(i + 1);
				String number = name.getType() == MessagePattern.Part.Type.ARG_NUMBER ? String.valueOf(name.getValue())
						: pattern.getSubstring(name);
				MessagePattern.ArgType type = part.getArgType();
				boolean numeric = type == MessagePattern.ArgType.SIMPLE
						&& pattern.getSubstring(pattern.getPart(i + 2)).equals("number");
				found.add(type == MessagePattern.ArgType.PLURAL || type == MessagePattern.ArgType.SELECTORDINAL ? number + ":plural"
						: type == MessagePattern.ArgType.SELECT ? number + ":select" : numeric ? number + ":number" : number);
			}
		}
		return found;
	}

	@Test
	void everyMessageFormatsWithItsArgumentsInEveryLanguage() throws IOException {
		List<String> failures = new ArrayList<>();
		for (String bundle : List.of("messages.properties", "messages_ru.properties", "messages_ka.properties")) {
			Properties messages = load(bundle);
			Locale locale = bundle.contains("_ru") ? Locale.forLanguageTag("ru")
					: bundle.contains("_ka") ? Locale.forLanguageTag("ka") : Locale.ENGLISH;
			for (String key : messages.stringPropertyNames()) {
				String text = messages.getProperty(key);
				try {
					Set<String> arguments = arguments(text);
					// {max}: a validation message, whose named values the validator puts in before any message format
					if (arguments.isEmpty() || arguments.stream().anyMatch(argument -> !argument.matches("\\d+(:\\w+)?"))) {
						continue;
					}
					Object[] samples = samples(arguments);
					for (int count : new int[] { 0, 1, 2, 5, 21 }) {
						for (int i = 0; i < samples.length; i++) {
							if (samples[i] instanceof Integer) {
								samples[i] = count;
							}
						}
						String formatted = MessagePatterns.format(text, locale, samples);
						if (formatted.contains("{") && !text.contains("'{")) {
							failures.add(bundle + ": " + key + " leaves a brace: " + formatted);
						}
					}
					boolean icuOnly = arguments.stream().anyMatch(argument -> argument.matches(".*:(plural|select)"));
					if (!icuOnly && bundle.equals("messages.properties")) {
						// what the bundles said before ICU formatted them reads the same now
						String before = java.text.MessageFormat.format(text, samples);
						String now = MessagePatterns.format(text, locale, samples);
						if (!before.equals(now)) {
							failures.add(bundle + ": " + key + " reads \"" + now + "\", was \"" + before + "\"");
						}
					}
				}
				catch (RuntimeException e) {
					failures.add(bundle + ": " + key + ": " + e.getMessage());
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	/** An argument for each number a pattern names: a count for a plural, a word for a select, a text otherwise. */
	private static Object[] samples(Set<String> arguments) {
		int highest = arguments.stream().mapToInt(argument -> Integer.parseInt(argument.split(":")[0])).max().orElse(-1);
		Object[] samples = new Object[highest + 1];
		for (int i = 0; i <= highest; i++) {
			samples[i] = arguments.contains(i + ":plural") || arguments.contains(i + ":number") ? (Object) Integer.valueOf(1)
					: arguments.contains(i + ":select") ? "other" : "sample " + i;
		}
		return samples;
	}

	@Test
	void noMessageFallsBackOnBracketedEndings() throws IOException {
		// "provision(s)", "разослал(а)", "присоединился(-ась)": a plural or a gender is written out with ICU forms
		// "Sukhum(i)", "Цхинвал(и)": the neutral names of places, not a plural
		Pattern bracketed = Pattern.compile(
				"\\p{L}(?<!Sukhum|Tskhinval|Сухум|Цхинвал)\\((?:s|es|а|и|ы|ов|ей|ий|ая|ое|ые|-?ась|-?ся|-?а)\\)");
		List<String> found = new ArrayList<>();
		for (String bundle : List.of("messages.properties", "messages_ru.properties", "messages_ka.properties")) {
			Properties messages = load(bundle);
			for (String key : messages.stringPropertyNames()) {
				if (bracketed.matcher(messages.getProperty(key)).find()) {
					found.add(bundle + ": " + key + "=" + messages.getProperty(key));
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void pluralsFollowEachLanguagesRules() {
		assertThat(MessagePatterns.format("{0, plural, one {# problem} other {# problems}}", Locale.ENGLISH, 1))
			.isEqualTo("1 problem");
		assertThat(MessagePatterns.format("{0, plural, one {# problem} other {# problems}}", Locale.ENGLISH, 3))
			.isEqualTo("3 problems");
		String russian = "{0, plural, one {# ошибка} few {# ошибки} other {# ошибок}}";
		Locale ru = Locale.forLanguageTag("ru");
		assertThat(List.of(1, 3, 5, 21).stream().map(n -> MessagePatterns.format(russian, ru, n)).toList())
			.containsExactly("1 ошибка", "3 ошибки", "5 ошибок", "21 ошибка");
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
