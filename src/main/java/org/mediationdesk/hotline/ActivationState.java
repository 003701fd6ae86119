package org.mediationdesk.hotline;

/**
 * Where an activation stands: with the operator until relayed, then waiting for every addressee's acknowledgement,
 * then for every addressee's response, then answered.
 */
public enum ActivationState {
	AWAITING_RELAY, AWAITING_ACKNOWLEDGEMENT, AWAITING_RESPONSE, ANSWERED
}
