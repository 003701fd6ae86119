package org.mediationdesk.notifications;

import java.util.List;

import org.mediationdesk.shared.Paged;

/** One page of a reader's notifications, newest first, and how many of all of them are unread. */
public record NotificationPage(List<NotificationView> items, int page, int pageSize, long total, long unread)
		implements Paged {
}
