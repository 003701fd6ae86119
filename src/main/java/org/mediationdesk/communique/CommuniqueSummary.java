package org.mediationdesk.communique;

import java.time.Instant;
import java.util.List;

import org.mediationdesk.shared.LanguageCode;

/**
 * A round's communiqué for the round's page: the latest published edition for the public, or the draft for those
 * who may see it. {@code published} is {@code null} for a draft; {@code language} is the language of the text
 * given, and {@code paragraphs} is empty if there is no text in the language asked for (then it is missing, not
 * replaced).
 */
public record CommuniqueSummary(String title, List<String> paragraphs, Instant published, String path,
		LanguageCode language) {
}
