package org.mediationdesk.hotline;

/** What a viewer may do with an activation now: the operator relays it, each addressee acknowledges, then responds. */
public enum ActivationAction {
	RELAY, ACKNOWLEDGE, RESPOND
}
