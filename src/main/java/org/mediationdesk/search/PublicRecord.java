package org.mediationdesk.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.process.RoundPage;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.process.RoundSummary;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.PublicEntries;
import org.mediationdesk.shared.PublicEntry;
import org.mediationdesk.statements.StatementView;
import org.mediationdesk.statements.Statements;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the search indexes, read as the public reads it: every module's public entries, and the accounts of each
 * round that the public may see (through the accounts' facade, as an anonymous viewer).
 */
@Component
class PublicRecord {

	private final List<PublicEntries> sources;
	private final RoundRecord rounds;
	private final Statements statements;
	private final MessageSource messages;

	PublicRecord(List<PublicEntries> sources, RoundRecord rounds, Statements statements, MessageSource messages) {
		this.sources = sources;
		this.rounds = rounds;
		this.statements = statements;
		this.messages = messages;
	}

	List<SearchIndex.Entry> entries() {
		List<SearchIndex.Entry> entries = new ArrayList<>();
		for (PublicEntries source : sources) {
			for (PublicEntry entry : source.publicEntries()) {
				entries.add(new SearchIndex.Entry(entry.kind(), entry.path(), entry.titles(), entry.texts()));
			}
		}
		Viewer anonymous = Viewer.anonymous();
		for (int number : roundNumbers()) {
			Map<LanguageCode, List<StatementView>> byLanguage = new EnumMap<>(LanguageCode.class);
			for (LanguageCode language : LanguageCode.values()) {
				byLanguage.put(language, statements.forRound(anonymous, number, language));
			}
			List<StatementView> accounts = byLanguage.get(LanguageCode.EN);
			for (int i = 0; i < accounts.size(); i++) {
				StatementView account = accounts.get(i);
				if (account.summary() == null || account.summary().isBlank()) {
					continue;
				}
				Map<LanguageCode, String> titles = new EnumMap<>(LanguageCode.class);
				Map<LanguageCode, String> texts = new EnumMap<>(LanguageCode.class);
				for (LanguageCode language : LanguageCode.values()) {
					StatementView version = byLanguage.get(language).get(i);
					String source = version.outlet() != null ? version.outlet()
							: version.group() != null ? version.group() : "";
					titles.put(language, messages.getMessage("search.accountTitle", new Object[] { source, number },
							language.locale()));
				}
				// an account is kept in the words its source used; it is indexed as it is
				texts.put(LanguageCode.EN, account.summary());
				entries.add(new SearchIndex.Entry("account", "/rounds/" + number + "/accounts", titles, texts));
			}
		}
		return entries;
	}

	private List<Integer> roundNumbers() {
		List<Integer> numbers = new ArrayList<>();
		RoundPage page = rounds.timeline(0);
		while (true) {
			page.items().stream().map(RoundSummary::number).forEach(numbers::add);
			if (!page.hasNext()) {
				return numbers;
			}
			page = rounds.timeline(page.page() + 1);
		}
	}
}
