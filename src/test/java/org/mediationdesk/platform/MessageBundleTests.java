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
import org.mediationdesk.attendance.AttendanceKind;
import org.mediationdesk.confidentiality.AudienceKind;
import org.mediationdesk.documents.AuthorKind;
import org.mediationdesk.documents.DocumentKind;
import org.mediationdesk.identity.Role;
import org.mediationdesk.process.AgendaOutcomeKind;
import org.mediationdesk.process.DecisionStatus;
import org.mediationdesk.process.RoundAction;
import org.mediationdesk.process.RoundStatus;
import org.mediationdesk.process.SessionKind;
import org.mediationdesk.statements.SourceKind;
import org.mediationdesk.shared.LanguageCode;

/**
 * Every string of the UI comes from the message bundles, in English and Russian: a key used in a template
 * or in the code that is missing from either bundle fails here, and so does literal text in a template.
 */
class MessageBundleTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");
	private static final Path SOURCES = Path.of("src/main/java");
	private static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "value");

	@Test
	void bundlesHaveTheSameKeys() throws IOException {
		assertThat(load("messages_ru.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
	}

	@Test
	void everyKeyUsedInTemplatesAndCodeExistsInBothLanguages() throws IOException {
		Set<String> used = new TreeSet<>();
		used.addAll(matches(TEMPLATES, ".html", Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9.]*[a-zA-Z0-9])[}(]")));
		used.addAll(matches(SOURCES, ".java",
				Pattern.compile("\"((?:account|api|attachment|attendance|audience|document|error|participant|password|round|session|token)\\.[a-zA-Z]+)\"")));
		used.addAll(matches(SOURCES, ".java", Pattern.compile("\\{((?:account|audience|document)\\.[a-zA-Z]+)}")));
		for (Role role : Role.values()) {
			used.add("role." + role);
		}
		for (DocumentKind kind : DocumentKind.values()) {
			used.add("documentKind." + kind);
		}
		for (AuthorKind kind : AuthorKind.values()) {
			used.add("authorKind." + kind);
		}
		for (AudienceKind kind : AudienceKind.values()) {
			used.add("audience." + kind);
		}
		for (LanguageCode language : LanguageCode.values()) {
			used.add("language." + language);
		}
		for (RoundStatus status : RoundStatus.values()) {
			used.add("roundStatus." + status);
		}
		for (SessionKind kind : SessionKind.values()) {
			used.add("sessionKind." + kind);
		}
		for (AgendaOutcomeKind kind : AgendaOutcomeKind.values()) {
			used.add("agendaOutcome." + kind);
		}
		for (DecisionStatus status : DecisionStatus.values()) {
			used.add("decisionStatus." + status);
		}
		for (RoundAction action : RoundAction.values()) {
			used.add("roundAction." + action);
		}
		for (SourceKind kind : SourceKind.values()) {
			used.add("sourceKind." + kind);
		}
		for (AttendanceKind kind : AttendanceKind.values()) {
			used.add("attendance.named." + kind);
			used.add("attendance.neutral." + kind);
			used.add("attendance.action." + kind);
		}
		used.addAll(List.of("error.404", "error.403", "error.413", "error.500"));
		assertThat(used).hasSizeGreaterThan(150);
		for (String bundle : List.of("messages.properties", "messages_ru.properties")) {
			Properties messages = load(bundle);
			assertThat(used).as("keys missing from " + bundle).allSatisfy(key -> assertThat(messages).containsKey(key));
		}
	}

	@Test
	void noKeyIsDefinedTwice() throws IOException {
		for (String bundle : List.of("messages.properties", "messages_ru.properties")) {
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
		Properties russian = load("messages_ru.properties");
		Pattern placeholder = Pattern.compile("\\{\\d+[^}]*}");
		for (String key : english.stringPropertyNames()) {
			assertThat(placeholders(placeholder, russian.getProperty(key))).as(key)
				.isEqualTo(placeholders(placeholder, english.getProperty(key)));
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
	void russianBundleIsTranslated() throws IOException {
		Properties english = load("messages.properties");
		Properties russian = load("messages_ru.properties");
		long untranslated = english.stringPropertyNames()
			.stream()
			.filter(key -> english.getProperty(key).matches(".*[a-z]{4,}.*"))
			.filter(key -> english.getProperty(key).equals(russian.getProperty(key)))
			.filter(key -> !key.equals("layout.english") && !key.equals("app.name") && !key.equals("home.heading"))
			.count();
		assertThat(untranslated).isZero();
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

	private static Set<String> matches(Path root, String suffix, Pattern pattern) throws IOException {
		Set<String> found = new TreeSet<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(path -> path.toString().endsWith(suffix)).toList()) {
				Matcher matcher = pattern.matcher(Files.readString(file));
				while (matcher.find()) {
					found.add(matcher.group(1));
				}
			}
		}
		return found;
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
