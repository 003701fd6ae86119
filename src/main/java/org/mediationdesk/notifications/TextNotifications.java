package org.mediationdesk.notifications;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.mediationdesk.identity.Recipient;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.texts.TextEvent;
import org.mediationdesk.texts.TextReading;
import org.mediationdesk.texts.TextView;
import org.springframework.stereotype.Component;

/**
 * What the texts module tells, turned into notifications. Each recipient is asked through the texts' own facade
 * ({@link TextReading#text}, as that account): whoever may not see the text is not told of it, its title least of
 * all.
 */
@Component
class TextNotifications {

	private final Announcements announcements;
	private final TextReading texts;
	private final ParticipantDirectory directory;

	TextNotifications(Announcements announcements, TextReading texts, ParticipantDirectory directory) {
		this.announcements = announcements;
		this.texts = texts;
		this.directory = directory;
	}

	/** A text circulated: the participants of the groups whose stance it awaits. */
	@AfterCommit
	void circulated(Announcement<TextEvent.TextCirculated> announcement) {
		TextEvent.TextCirculated event = announcement.event();
		announcements.tell(announcement, event.audience(), "notification.textCirculated", link(event.textId()),
				recipient -> texts.awaitsStanceOf(recipient.viewer(), event.textId()),
				recipient -> List.of(event.symbol(), title(recipient, event.textId()), Integer.toString(event.revision())));
	}

	/** The stances were revealed: the participants of the required groups, who now see each other's. */
	@AfterCommit
	void revealed(Announcement<TextEvent.StancesRevealed> announcement) {
		TextEvent.StancesRevealed event = announcement.event();
		announcements.tell(announcement, event.audience(), "notification.stancesRevealed", link(event.textId()),
				recipient -> askedForStance(recipient, event.textId()),
				recipient -> List.of(event.symbol(), title(recipient, event.textId())));
	}

	/** A group stated a stance (never which): the co-chairs and secretariat who see the text. */
	@AfterCommit
	void stanceStated(Announcement<TextEvent.StanceStated> announcement) {
		TextEvent.StanceStated event = announcement.event();
		announcements.tell(announcement, event.audience(), "notification.stanceStated", link(event.textId()),
				recipient -> recipient.viewer().isMediator() && seen(recipient, event.textId()).isPresent(),
				recipient -> List.of(event.symbol(), groupLabel(event.group(), recipient.language())));
	}

	/** A participant of one of the groups whose stances the text asks, who may see it. */
	private boolean askedForStance(Recipient recipient, UUID textId) {
		if (!recipient.viewer().isParticipant()) {
			return false;
		}
		Optional<String> group = directory.group(recipient.viewer().groupId()).map(GroupView::code);
		return group.isPresent()
				&& seen(recipient, textId).map(text -> text.requiredGroups().contains(group.get())).orElse(false);
	}

	/** The text as the recipient may see it, or nothing if they may not. */
	private Optional<TextView> seen(Recipient recipient, UUID textId) {
		try {
			return Optional.of(texts.text(recipient.viewer(), textId));
		}
		catch (DeskException.NotFound hidden) {
			return Optional.empty();
		}
	}

	private String title(Recipient recipient, UUID textId) {
		return seen(recipient, textId).map(text -> recipient.language() == LanguageCode.RU && text.titleRu() != null
				&& !text.titleRu().isBlank() ? text.titleRu() : text.title()).orElse("");
	}

	private String groupLabel(String code, LanguageCode language) {
		return directory.groupByCode(code).map(group -> group.label(language)).orElse(code);
	}

	private static String link(UUID textId) {
		return "/texts/" + textId;
	}
}
