package org.mediationdesk.hotline;

import java.util.List;

/**
 * An activation as sent through a form or the API.
 *
 * @param mechanism the mechanism's code or id
 * @param to the addressee groups' codes (groups of the mechanism)
 * @param incident optionally, an incident of the same mechanism (its public id or id)
 * @param kind a message (when left out) or an advance notice
 * @param as for the co-chairs and secretariat: sent as the operator (when left out) or as a facilitator
 */
public record NewActivation(String mechanism, List<String> to, Urgency urgency, String subject, String message,
		String incident, ActivationKind kind, SenderKind as) {

	public NewActivation {
		to = to == null ? List.of() : to.stream().filter(code -> code != null && !code.isBlank()).toList();
	}
}
