package org.mediationdesk.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.mediationdesk.documents.DocumentPage;
import org.mediationdesk.documents.DocumentQuery;
import org.mediationdesk.documents.DocumentRegistry;
import org.mediationdesk.documents.DocumentSummary;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.statements.StatementView;
import org.mediationdesk.statements.Statements;
import org.mediationdesk.texts.TextReading;
import org.mediationdesk.texts.TextView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a logged-in viewer may see beyond the public record, read through each module's facade as that viewer: the
 * documents (filtered by the access policy in the documents' own query), the negotiating texts with the wordings
 * the viewer may see, and the accounts of the rounds that are not public. Nothing is kept: every search reads it
 * again, so that nothing the viewer may not see can be found, counted or quoted.
 */
@Component
class ViewerRecord {

	/** At most this many hits of a viewer's own are kept for a query, best kinds first. */
	static final int MAX_HITS = 500;

	private final DocumentRegistry documents;
	private final TextReading texts;
	private final Statements statements;
	private final RoundRecord rounds;
	private final MessageSource messages;

	ViewerRecord(DocumentRegistry documents, TextReading texts, Statements statements, RoundRecord rounds,
			MessageSource messages) {
		this.documents = documents;
		this.texts = texts;
		this.statements = statements;
		this.rounds = rounds;
		this.messages = messages;
	}

	/** The hits for a query among what the viewer (logged in) may see and the public may not. */
	@Transactional(readOnly = true)
	List<SearchResults.Hit> hits(Viewer viewer, String query, LanguageCode language) {
		List<String> words = words(query);
		List<SearchResults.Hit> hits = new ArrayList<>();
		if (viewer.isAnonymous() || words.stream().allMatch(word -> word.startsWith("-"))) {
			return hits;
		}
		documents(viewer, words, hits);
		texts(viewer, words, language, hits);
		accounts(viewer, words, language, hits);
		return hits.size() > MAX_HITS ? hits.subList(0, MAX_HITS) : hits;
	}

	private void documents(Viewer viewer, List<String> words, List<SearchResults.Hit> hits) {
		// the documents' own query finds the longest word in a symbol or title; the other words are matched here
		String longest = words.stream().filter(word -> !word.startsWith("-"))
			.reduce((a, b) -> b.length() > a.length() ? b : a).orElse(null);
		if (longest == null) {
			return;
		}
		int page = 0;
		while (hits.size() < MAX_HITS) {
			DocumentPage found = documents.search(viewer, new DocumentQuery(longest, null, null, null, null, page));
			for (DocumentSummary document : found.items()) {
				String title = document.symbol() + " " + document.title();
				if (matches(title, words)) {
					hits.add(new SearchResults.Hit("document", document.symbol() + ": " + document.title(),
							"/documents/" + document.id(), PublicSearch.snippet(document.title(), String.join(" ", words)),
							false));
				}
			}
			if (!found.hasNext()) {
				return;
			}
			page++;
		}
	}

	private void texts(Viewer viewer, List<String> words, LanguageCode language, List<SearchResults.Hit> hits) {
		for (TextView text : texts.list(viewer)) {
			StringBuilder body = new StringBuilder();
			append(body, text.chapeau());
			append(body, text.chapeauRu());
			for (TextView.ProvisionView provision : text.provisions()) {
				for (TextView.WordingView wording : provision.wordings()) {
					append(body, wording.textEn());
					append(body, wording.textRu());
				}
			}
			String heading = text.symbol() + " " + text.title() + " " + (text.titleRu() == null ? "" : text.titleRu());
			if (matches(heading + " " + body, words)) {
				boolean russian = language == LanguageCode.RU && text.titleRu() != null && !text.titleRu().isBlank();
				String title = text.symbol() + ": " + (russian ? text.titleRu() : text.title());
				String passage = body.isEmpty() ? (russian ? text.titleRu() : text.title()) : body.toString();
				hits.add(new SearchResults.Hit("text", title, "/texts/" + text.id(),
						PublicSearch.snippet(passage, String.join(" ", words)), language != LanguageCode.EN && !russian));
			}
		}
	}

	private void accounts(Viewer viewer, List<String> words, LanguageCode language, List<SearchResults.Hit> hits) {
		Viewer anonymous = Viewer.anonymous();
		for (int number : new TreeSet<>(rounds.roundIds().keySet())) {
			List<StatementView> accounts;
			Set<UUID> everyones = new HashSet<>();
			try {
				accounts = statements.forRound(viewer, number, language);
			}
			catch (DeskException.NotFound e) {
				continue;
			}
			try {
				statements.forRound(anonymous, number, language).forEach(account -> everyones.add(account.id()));
			}
			catch (DeskException.NotFound e) {
				// a round the public may not see: none of its accounts is in the public index
			}
			for (StatementView account : accounts) {
				// the public accounts are in the public index already
				if (everyones.contains(account.id()) || account.summary() == null
						|| !matches(account.summary() + " " + source(account), words)) {
					continue;
				}
				String title = messages.getMessage("search.accountTitle", new Object[] { source(account), number },
						language.locale());
				hits.add(new SearchResults.Hit("account", title, "/rounds/" + number + "/accounts",
						PublicSearch.snippet(account.summary(), String.join(" ", words)), false));
			}
		}
	}

	private static String source(StatementView account) {
		return account.outlet() != null ? account.outlet() : account.group() != null ? account.group() : "";
	}

	private static void append(StringBuilder body, String text) {
		if (text != null && !text.isBlank()) {
			body.append(body.isEmpty() ? "" : " ").append(text.strip());
		}
	}

	/**
	 * The words of a query to look for, an excluded one marked with a leading {@code -}: quotes and operators left
	 * aside, a prefix taken as it is.
	 */
	static List<String> words(String query) {
		List<String> words = new ArrayList<>();
		if (query == null) {
			return words;
		}
		for (String token : query.strip().split("\\s+")) {
			boolean excluded = token.startsWith("-");
			String word = (excluded ? token.substring(1) : token).replaceAll("[\"*|()+~]", "").strip().toLowerCase(Locale.ROOT);
			if (word.length() >= 2 || (!word.isEmpty() && Character.isDigit(word.charAt(0)))) {
				words.add(excluded ? "-" + word : word);
			}
		}
		return words;
	}

	/**
	 * Whether the text contains every word (as a part of a word, so that an inflected form is found too) and none
	 * of the excluded ones.
	 */
	static boolean matches(String text, List<String> words) {
		String lower = text.toLowerCase(Locale.ROOT);
		return words.stream().allMatch(word -> word.startsWith("-") ? !lower.contains(word.substring(1))
				: lower.contains(word));
	}
}
