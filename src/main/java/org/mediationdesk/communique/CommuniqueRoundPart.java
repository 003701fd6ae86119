package org.mediationdesk.communique;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.process.RoundPart;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.stereotype.Component;

/**
 * The round's communiqué as a part of the round ({@link CommuniqueSummary}): the latest published edition for the
 * public, the edition being prepared for those who may see it, {@code null} for a viewer who may see none.
 */
@Component("communiqueRoundPart")
class CommuniqueRoundPart implements RoundPart {

	private final Communiques communiques;

	CommuniqueRoundPart(Communiques communiques) {
		this.communiques = communiques;
	}

	@Override
	public String name() {
		return "communique";
	}

	@Override
	public CommuniqueSummary of(Viewer viewer, int number, LanguageCode language) {
		try {
			return communiques.summary(viewer, number, language);
		}
		catch (DeskException.NotFound none) {
			return null;
		}
	}

	/**
	 * Whether the round's page links to its communiqué page for the viewer of the current request: when they may see
	 * a communiqué of it, or may draft one.
	 */
	public boolean linked(int number) {
		Viewer viewer = Viewers.current();
		return viewer.isMediator() || of(viewer, number, LanguageCode.EN) != null;
	}
}
