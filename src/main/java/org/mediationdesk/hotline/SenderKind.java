package org.mediationdesk.hotline;

/** Who activates the hotline: a participant group, the hotline's operator, or a facilitator of the mechanism. */
public enum SenderKind {
	GROUP, OPERATOR, FACILITATOR
}
