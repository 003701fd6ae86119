package org.mediationdesk.terminology;

import org.mediationdesk.shared.AuditableEvent;

/** A concept of the glossary was created, changed or deleted, or the glossary was imported. */
public record GlossaryChanged(String actor, String change, String concept) implements AuditableEvent {

	@Override
	public String action() {
		return "glossary." + change;
	}

	@Override
	public String objectType() {
		return "glossary-concept";
	}

	@Override
	public String objectId() {
		return concept;
	}
}
