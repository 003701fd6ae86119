package org.mediationdesk.terminology;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.mediationdesk.shared.LanguageCode;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import java.util.Locale;

/**
 * The glossary file (JSON, format version 1): the concepts with their forms. The reference glossary ships in
 * this format as {@code reference/glossary.json}; the glossary is imported and exported in it, and
 * {@code terminology lint --glossary FILE} reads it. Described field by field in {@code docs/terminology.md}.
 */
public record GlossaryFile(Integer formatVersion, List<ConceptEntry> concepts) {

	public static final int FORMAT_VERSION = 1;
	/** The reference glossary on the class path. */
	public static final String REFERENCE = "reference/glossary.json";

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
	/** Ids that name pages of the glossary, not concepts. */
	private static final Set<String> RESERVED = Set.of("new", "export", "import");
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
		.build();

	public GlossaryFile {
		concepts = concepts == null ? List.of() : List.copyOf(concepts);
	}

	/** A concept: a stable id (a slug such as {@code sukhumi}), a category, its name in EN and RU, its forms. */
	public record ConceptEntry(String id, String category, Map<String, String> name, List<FormEntry> forms) {

		public ConceptEntry {
			name = name == null ? Map.of() : Map.copyOf(name);
			forms = forms == null ? List.of() : List.copyOf(forms);
		}

		public String name(LanguageCode language) {
			return name.getOrDefault(language.name().toLowerCase(Locale.ROOT), name.getOrDefault("en", id));
		}
	}

	/**
	 * A form: its language and text, whether it is a neutral form, the perspectives that use it, its severity in
	 * a mediator's text, why it is loaded (EN and RU) and, optionally, a replacement other than the concept's
	 * neutral form.
	 */
	public record FormEntry(LanguageCode language, String text, boolean neutral, List<Perspective> perspectives,
			Severity severity, Map<String, String> why, String suggestion) {

		public FormEntry {
			perspectives = perspectives == null ? List.of() : List.copyOf(perspectives);
			why = why == null ? Map.of() : Map.copyOf(why);
		}

		public String why(LanguageCode language) {
			return why.getOrDefault(language == LanguageCode.RU ? "ru" : "en", why.get("en"));
		}
	}

	/** Reads a glossary file; a file that is not valid is refused with every problem named. */
	public static GlossaryFile read(byte[] content) {
		GlossaryFile file;
		try {
			file = JSON.readValue(content, GlossaryFile.class);
		}
		catch (JacksonException e) {
			throw new GlossaryRejected(List.of(e.getOriginalMessage() + (e.getLocation() == null ? ""
					: " (line " + e.getLocation().getLineNr() + ", " + e.getPathReference() + ")")));
		}
		if (file == null) {
			throw new GlossaryRejected(List.of("the file is empty"));
		}
		List<String> problems = file.problems();
		if (!problems.isEmpty()) {
			throw new GlossaryRejected(problems);
		}
		return file;
	}

	public byte[] write() {
		return JSON.writeValueAsBytes(this);
	}

	/**
	 * What is wrong with the glossary, if anything: unknown format version, ids that are not slugs or repeat,
	 * forms without text or severity, loaded forms without a perspective or an explanation, a concept without
	 * a neutral form in a language it has forms in, and a form that appears twice in one language.
	 */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (formatVersion == null || formatVersion != FORMAT_VERSION) {
			problems.add("formatVersion: " + formatVersion + "; this version reads " + FORMAT_VERSION);
		}
		Set<String> ids = new HashSet<>();
		Set<String> texts = new HashSet<>();
		for (int c = 0; c < concepts.size(); c++) {
			ConceptEntry concept = concepts.get(c);
			String at = "concepts[" + c + "]" + (concept.id() == null ? "" : " (" + concept.id() + ")");
			conceptProblems(concept, at, ids, texts, problems);
		}
		return problems;
	}

	/**
	 * A concept's problems: its id (a slug, not reserved, not repeated), category, names, forms, and a neutral form
	 * in each language it has forms in.
	 *
	 * @param ids the ids of the concepts before it
	 * @param texts the forms of the concepts before it, per language
	 */
	private static void conceptProblems(ConceptEntry concept, String at, Set<String> ids, Set<String> texts,
			List<String> problems) {
		if (concept.id() == null || !ID.matcher(concept.id()).matches()) {
			problems.add(at + ".id: a lowercase slug of letters, digits and hyphens is required");
		}
		else if (RESERVED.contains(concept.id())) {
			problems.add(at + ".id: \"" + concept.id() + "\" is reserved; choose another");
		}
		else if (!ids.add(concept.id())) {
			problems.add(at + ".id: appears more than once");
		}
		if (concept.category() != null && concept.category().length() > 30) {
			problems.add(at + ".category: at most 30 characters");
		}
		for (Map.Entry<String, String> name : concept.name().entrySet()) {
			if (!name.getKey().equals("en") && !name.getKey().equals("ru")) {
				problems.add(at + ".name." + name.getKey() + ": names are kept in en and ru");
			}
			else if (name.getValue() != null && name.getValue().length() > 200) {
				problems.add(at + ".name." + name.getKey() + ": at most 200 characters");
			}
		}
		if (concept.name().get("en") == null || concept.name().get("en").isBlank()) {
			problems.add(at + ".name.en: required");
		}
		Set<LanguageCode> languages = new HashSet<>();
		Set<LanguageCode> neutral = new HashSet<>();
		for (int f = 0; f < concept.forms().size(); f++) {
			FormEntry form = concept.forms().get(f);
			if (form.language() != null) {
				languages.add(form.language());
			}
			if (formProblems(form, at + ".forms[" + f + "]", texts, problems) && form.neutral()) {
				neutral.add(form.language());
			}
		}
		languages.removeAll(neutral);
		if (!languages.isEmpty()) {
			problems.add(at + ": no neutral form in " + languages);
		}
	}

	/**
	 * A form's problems: its language and text (required, not repeated), its severity (OK if neutral; a loaded form
	 * says whose it is and why), its perspectives, explanations and suggestion.
	 *
	 * @return whether the form has a language and a text, so that the rest of it could be read
	 */
	private static boolean formProblems(FormEntry form, String field, Set<String> texts, List<String> problems) {
		if (form.language() == null) {
			problems.add(field + ".language: EN, RU or KA is required");
			return false;
		}
		if (form.text() == null || Normalizer.normalize(form.text()).isBlank() || form.text().length() > 200) {
			problems.add(field + ".text: required, at most 200 characters");
			return false;
		}
		if (!texts.add(form.language() + ":" + Normalizer.normalize(form.text()))) {
			problems.add(field + ".text: \"" + form.text() + "\" appears more than once in " + form.language());
		}
		if (form.severity() == null) {
			problems.add(field + ".severity: OK, WARNING or BLOCKER is required");
		}
		else if (form.neutral() && form.severity() != Severity.OK) {
			problems.add(field + ".severity: a neutral form is OK");
		}
		else if (form.severity() != Severity.OK) {
			if (form.perspectives().isEmpty()) {
				problems.add(field + ".perspectives: say whose wording it is");
			}
			if (form.why().get("en") == null || form.why().get("en").isBlank()) {
				problems.add(field + ".why.en: say why the form is loaded");
			}
		}
		if (form.perspectives().size() != new HashSet<>(form.perspectives()).size()) {
			problems.add(field + ".perspectives: each perspective once");
		}
		for (Map.Entry<String, String> why : form.why().entrySet()) {
			if (!why.getKey().equals("en") && !why.getKey().equals("ru")) {
				problems.add(field + ".why." + why.getKey() + ": explanations are kept in en and ru");
			}
			else if (why.getValue() != null && why.getValue().length() > 500) {
				problems.add(field + ".why." + why.getKey() + ": at most 500 characters");
			}
		}
		if (form.suggestion() != null && form.suggestion().length() > 200) {
			problems.add(field + ".suggestion: at most 200 characters");
		}
		return true;
	}
}
