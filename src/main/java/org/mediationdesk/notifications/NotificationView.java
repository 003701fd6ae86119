package org.mediationdesk.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification as its reader sees it, in their language.
 *
 * @param text what happened, one line
 * @param link the application's page it concerns (a path)
 * @param read whether the reader has marked it read
 */
public record NotificationView(UUID id, String text, String link, Instant createdAt, boolean read) {
}
