package org.mediationdesk.board;

import org.mediationdesk.identity.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The boards are for whoever takes part in the talks; the meeting's agenda and its list of speakers are run by the
 * co-chairs and secretariat, and participants ask for the floor. Which meeting a participant may see is decided
 * by the board itself.
 */
@Component
class BoardUrlRules implements UrlRules {

	@Override
	public void declare(Declaration urls) {
		urls.mediatorsOnly(HttpMethod.POST, "/rounds/*/meetings/*/board/current-item",
				"/rounds/*/meetings/*/board/speakers/next", "/rounds/*/meetings/*/board/speakers/order",
				"/rounds/*/meetings/*/board/speakers/status", "/api/v1/meetings/*/speakers/next");
		urls.mediatorsOnly(HttpMethod.PUT, "/api/v1/meetings/*/current-item", "/api/v1/meetings/*/speakers/order",
				"/api/v1/meetings/*/speakers/status");
		urls.participantsAndMediators(HttpMethod.GET, "/rounds/*/meetings/*/board", "/rounds/*/meetings/*/board/stream",
				"/api/v1/meetings/*/board", "/api/v1/meetings/*/board/stream");
		urls.participantsAndMediators(HttpMethod.POST, "/rounds/*/meetings/*/board/speakers",
				"/rounds/*/meetings/*/board/speakers/withdrawal", "/api/v1/meetings/*/speakers",
				"/api/v1/meetings/*/speakers/withdrawal");
	}
}
