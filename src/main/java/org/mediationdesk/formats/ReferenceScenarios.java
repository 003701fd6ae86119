package org.mediationdesk.formats;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mediationdesk.shared.LanguageCode;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The format questions of the reference record: the stated conditions of the sides at moments of the
 * Geneva International Discussions, written as scenarios, each with the round it belongs to.
 */
public final class ReferenceScenarios {

	static final String FILE = "reference/formats.json";
	/** Reads scenario files strictly, for the reference file, the API and the command line alike. */
	public static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private ReferenceScenarios() {
	}

	/** A scenario of the reference record. */
	public record Named(String id, int roundNumber, Map<String, String> title, Scenario scenario) {

		/** The round's number under its former name in the API: kept for one release (README, "API changes"). */
		@Deprecated(forRemoval = true)
		@JsonProperty(value = "round", access = JsonProperty.Access.READ_ONLY)
		public int round() {
			return roundNumber;
		}

		public String title(LanguageCode language) {
			return title.getOrDefault(language == LanguageCode.RU ? "ru" : "en", title.get("en"));
		}
	}

	record File(List<Named> scenarios) {
	}

	public static List<Named> all() {
		try (InputStream in = ReferenceScenarios.class.getClassLoader().getResourceAsStream(FILE)) {
			if (in == null) {
				throw new IllegalStateException("The reference scenarios " + FILE + " are missing");
			}
			return JSON.readValue(in, File.class).scenarios();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static Optional<Named> byId(String id) {
		return all().stream().filter(named -> named.id().equals(id)).findFirst();
	}

	public static List<Named> ofRound(int roundNumber) {
		return all().stream().filter(named -> named.roundNumber() == roundNumber).toList();
	}
}
