package org.mediationdesk.notifications;

import java.util.UUID;

import org.mediationdesk.shared.AuditableEvent;
import org.springframework.core.ResolvableType;
import org.springframework.core.ResolvableTypeProvider;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An event that something happened, with the id it was given in the writer's transaction ({@link Stamping}). The
 * event publication registry keeps it, id and all, until the listener that turns it into notifications has
 * completed; a redelivery (after a failure, or after a node stopped) carries the same id, and every notification is
 * stored once per id, recipient and message, so that nobody is told twice, by e-mail least of all.
 * <p>
 * A listener names the kind of event it wants ({@code Announcement<RoundPostponed>}); the registry stores the event
 * with the name of its class, so that it is read back as what it was.
 *
 * @param id the event's id, given once
 * @param event what happened
 */
record Announcement<E extends AuditableEvent>(UUID id,
		@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS, property = "@class") E event) implements ResolvableTypeProvider {

	/** The kind of event, so that a listener of {@code Announcement<RoundPostponed>} receives only those. */
	@Override
	@JsonIgnore
	public ResolvableType getResolvableType() {
		return ResolvableType.forClassWithGenerics(Announcement.class, ResolvableType.forInstance(event));
	}
}
