package org.mediationdesk.notifications;

import java.util.UUID;

import org.mediationdesk.shared.AuditableEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives each event its id, in the writer's transaction, and announces it: the notifications' listeners receive the
 * {@link Announcement} after the commit, through the event publication registry, which records it in that same
 * transaction. An event that no listener of this module wants is recorded nowhere.
 */
@Component
class Stamping {

	private final ApplicationEventPublisher events;

	Stamping(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void stamp(AuditableEvent event) {
		events.publishEvent(new Announcement<>(UUID.randomUUID(), event));
	}
}
