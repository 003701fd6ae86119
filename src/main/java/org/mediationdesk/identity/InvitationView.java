package org.mediationdesk.identity;

/** What the page of an open invitation shows: whose account it opens. */
public record InvitationView(String username, String displayName) {
}
