package org.mediationdesk.formats;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.mediationdesk.process.Capacity;
import org.mediationdesk.shared.LanguageCode;
import java.util.stream.Stream;
import org.mediationdesk.shared.MessagePatterns;

/**
 * Conditions, conflicts and changes in plain words, in English or Russian, with the groups named by their
 * labels ("participants from Tbilisi"). Reads the application's message bundles directly, so that the
 * command line phrases them the same way without the application.
 */
public final class Phrasing {

	private final ResourceBundle messages;
	private final Locale locale;
	private final Map<String, String> labels;

	/** @param labels the groups' labels by code; a group without one is named by its code */
	public Phrasing(LanguageCode language, Map<String, String> labels) {
		this.locale = language == LanguageCode.EN ? Locale.ENGLISH : language.locale();
		this.messages = ResourceBundle.getBundle("messages",
				language == LanguageCode.EN ? Locale.ROOT : language.locale(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		this.labels = Map.copyOf(labels);
	}

	String label(String group) {
		return labels.getOrDefault(group, group);
	}

	String message(String key, Object... arguments) {
		return MessagePatterns.format(messages.getString(key), locale, arguments);
	}

	/** A condition as a sentence: "participants from Moscow attend only if participants from Sukhum(i) are seated". */
	public String condition(Scenario.Condition condition) {
		String who = label(condition.group());
		return switch (condition.type()) {
			case REQUIRES_PRESENCE -> message("formats.condition.REQUIRES_PRESENCE", who, label(condition.other()));
			case REFUSES_PRESENCE -> message("formats.condition.REFUSES_PRESENCE", who, label(condition.other()))
					+ (condition.whenCapacity() == null ? ""
							: " " + message("formats.condition.whenCapacity", capacity(condition.whenCapacity())))
					+ (condition.inKinds().isEmpty() ? ""
							: " " + message("formats.condition.inKinds", kinds(condition.inKinds())));
			case REFUSES_KIND -> message("formats.condition.REFUSES_KIND", who, aKind(condition.kind()));
			case REQUIRES_OWN_CAPACITY -> message("formats.condition.REQUIRES_OWN_CAPACITY", who, capacity(condition.capacity()));
			case REQUIRES_EQUAL_CAPACITY -> message("formats.condition.REQUIRES_EQUAL_CAPACITY", who,
					condition.groups().stream().map(this::label).collect(Collectors.joining(", ")));
			case REFUSES_DOCUMENT_TERM -> message("formats.condition.REFUSES_DOCUMENT_TERM", who, condition.term());
			case REQUIRES_AGENDA_EXCLUDES -> message("formats.condition.REQUIRES_AGENDA_EXCLUDES", who, condition.item());
			case REFUSES_VENUE -> message("formats.condition.REFUSES_VENUE", who, condition.venue());
		};
	}

	/**
	 * A conflict: its conditions' sentences, each with its id, and the seats the format asks for that take
	 * part in it, joined as one statement.
	 */
	public String conflict(List<Scenario.Condition> conditions, List<String> seats) {
		Stream<String> parts = Stream.concat(
				conditions.stream().map(condition -> condition(condition) + " (" + condition.id() + ")"),
				seats.stream().map(group -> message("formats.seatedPart", label(group))));
		String sentence = parts.collect(Collectors.joining(message("formats.while")));
		return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".";
	}

	String capacity(Capacity capacity) {
		return message("formats.capacity." + capacity);
	}

	String kind(FormatKind kind) {
		return message("formats.kind." + kind);
	}

	/** A kind of meeting as a sentence names it: in English with its article ("an informal consultation"). */
	String aKind(FormatKind kind) {
		return message("formats.aKind", kind.name(), kind(kind));
	}

	private String kinds(List<FormatKind> kinds) {
		return kinds.stream().map(this::aKind).collect(Collectors.joining(", "));
	}
}
