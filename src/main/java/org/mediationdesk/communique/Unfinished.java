package org.mediationdesk.communique;

import java.util.List;
import java.util.Map;

import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The refusal of an approval, an embargo or a publication while a language version holds a placeholder: its message
 * names each one, with its language and paragraph, in the reader's language (as the terminology gate names its
 * blockers), and an API problem carries them as {@code placeholders}.
 */
class Unfinished extends DeskException.Conflict {

	private final transient List<CommuniqueView.Placeholder> placeholders;

	Unfinished(List<CommuniqueView.Placeholder> placeholders, CommuniqueStatus status) {
		super("communique.placeholdersLeft", placeholders.size(),
				listing(placeholders.stream().map(Unfinished::named).toList()), status);
		this.placeholders = List.copyOf(placeholders);
	}

	List<CommuniqueView.Placeholder> placeholders() {
		return placeholders;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("placeholders", placeholders);
	}

	/** A placeholder as a message reads it: "paragraph 5 (Russian): “[…]”", in the reader's language. */
	static MessageSourceResolvable named(CommuniqueView.Placeholder placeholder) {
		return new DefaultMessageSourceResolvable(new String[] { "communique.placeholderIn" },
				new Object[] { placeholder.paragraph(), languageName(placeholder.language()), placeholder.text() });
	}

	/** A language's name, in the reader's language. */
	static MessageSourceResolvable languageName(LanguageCode language) {
		return new DefaultMessageSourceResolvable(new String[] { "language." + language.name() }, language.name());
	}

	/** Items as one argument, each resolved in the reader's language and joined as the bundle joins a list. */
	static MessageSourceResolvable listing(List<MessageSourceResolvable> items) {
		MessageSourceResolvable joined = items.get(0);
		for (MessageSourceResolvable item : items.subList(1, items.size())) {
			joined = new DefaultMessageSourceResolvable(new String[] { "communique.listJoin" },
					new Object[] { joined, item });
		}
		return joined;
	}
}
