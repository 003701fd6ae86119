package org.mediationdesk.hotline;

import java.util.UUID;

/**
 * Who acts on an activation, as the activation sees it: the operator's desk (the co-chairs and secretariat, for
 * the mechanism's operator and facilitators) or a participant of a group.
 *
 * @param username the account acting
 * @param desk whether the actor is at the operator's desk
 * @param group the participant's group, {@code null} at the desk
 */
record Actor(String username, boolean desk, UUID group) {
}
