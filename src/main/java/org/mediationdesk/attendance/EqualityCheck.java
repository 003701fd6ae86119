package org.mediationdesk.attendance;

import java.util.List;

import org.mediationdesk.process.SessionKind;

/**
 * Whether, in one meeting, the groups the process declares must be treated alike are all seated or all not
 * seated. {@code seated} and {@code notSeated} name them, so this is for the co-chairs and secretariat only.
 */
public record EqualityCheck(SessionKind session, boolean alike, List<String> seated, List<String> notSeated) {
}
