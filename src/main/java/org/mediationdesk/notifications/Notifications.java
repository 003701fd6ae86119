package org.mediationdesk.notifications;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import org.mediationdesk.confidentiality.AccessPolicy;
import org.mediationdesk.confidentiality.SqlPredicate;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.DeskException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reader's own notifications: the list, the unread count of the navigation, marking read. Each is the
 * logged-in viewer's only, and only those whose subject the access policy still lets them see; another's
 * notification, or one no longer visible, is not found.
 */
@Service
public class Notifications {

	public static final int PAGE_SIZE = 20;

	private final NotificationStore store;
	private final AccessPolicy policy;
	private final Rendering rendering;
	private final Clock clock;

	Notifications(NotificationStore store, AccessPolicy policy, Rendering rendering, Clock clock) {
		this.store = store;
		this.policy = policy;
		this.rendering = rendering;
		this.clock = clock;
	}

	/** A page (from 0) of the viewer's notifications, newest first, in the reader's language. */
	@Transactional(readOnly = true)
	public NotificationPage list(Viewer viewer, int page, Locale locale) {
		viewer.requireLoggedIn();
		SqlPredicate visible = policy.visibleTo(viewer, "n");
		int number = Math.max(0, Math.min(page, 100_000));
		var items = store.page(viewer.accountId(), visible, number * PAGE_SIZE, PAGE_SIZE).stream()
			.map(row -> view(row, locale))
			.toList();
		return new NotificationPage(items, number, PAGE_SIZE, store.count(viewer.accountId(), visible, false),
				store.count(viewer.accountId(), visible, true));
	}

	/** How many of the viewer's notifications are unread: 0 for the public. */
	@Transactional(readOnly = true)
	public long unread(Viewer viewer) {
		if (viewer.isAnonymous()) {
			return 0;
		}
		return store.count(viewer.accountId(), policy.visibleTo(viewer, "n"), true);
	}

	/** Marks one of the viewer's notifications read; another's, or an unknown one, is not found. */
	@Transactional
	public void markRead(Viewer viewer, UUID id) {
		viewer.requireLoggedIn();
		store.find(viewer.accountId(), policy.visibleTo(viewer, "n"), id).orElseThrow(DeskException.NotFound::new);
		store.markRead(id, clock.instant());
	}

	/** Marks every notification of the viewer's read; returns how many were unread. */
	@Transactional
	public int markAllRead(Viewer viewer) {
		viewer.requireLoggedIn();
		return store.markAllRead(viewer.accountId(), policy.visibleTo(viewer, "n"), clock.instant());
	}

	private NotificationView view(NotificationStore.Row row, Locale locale) {
		return new NotificationView(row.id(), rendering.text(Message.stored(row.messageKey(), row.arguments()), locale),
				row.link(), row.createdAt(), row.readAt() != null);
	}
}
