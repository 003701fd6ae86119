package org.mediationdesk.texts;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A negotiating text as a viewer may see it: the provisions with the alternatives the viewer may see, each
 * with the stances the viewer may see, and how much remains open.
 *
 * @param sealed how many stances are stated but not yet shown (to anyone but their own group)
 * @param openProvisions provisions not yet settled
 * @param openBrackets square-bracket pairs in the alternatives of provisions not yet settled
 * @param openAlternatives alternatives of provisions not yet settled
 * @param seen the latest change to the text that the viewer may see: a write made on this view is refused if
 *        others have changed the text since (the form field {@code seen}, or {@code If-Match} over the API)
 */
public record TextView(UUID id, String symbol, String title, String titleRu, String chapeau, String chapeauRu,
		TextStatus status, int revision, List<String> requiredGroups, boolean revealed, List<ProvisionView> provisions,
		int sealed, int openProvisions, int openBrackets, int openAlternatives, long seen) {

	/** Whether every provision is settled: by the package rule, only then is the text agreed. */
	public boolean settled() {
		return openProvisions == 0 && !provisions.isEmpty();
	}

	/** A provision: its stable id, its number for display, its alternatives, and the one that settles it. */
	public record ProvisionView(String eId, int number, List<AlternativeView> alternatives, UUID settledBy) {
	}

	/**
	 * An alternative and the stances on it the viewer may see, by group code.
	 *
	 * @param sponsor who proposed it: a group's code, or the co-chairs
	 * @param cosponsors the groups that joined as its sponsors since
	 * @param confidential shared in confidence to the co-chairs, not yet tabled to all
	 * @param revealed whether every group's stance on it shows
	 */
	public record AlternativeView(UUID id, String sponsor, List<String> cosponsors, String textEn, String textRu,
			int introducedIn, boolean confidential, int brackets, boolean revealed, Map<String, StanceView> stances) {

		/** Every sponsor, the one who proposed it first. */
		public List<String> sponsors() {
			List<String> all = new java.util.ArrayList<>();
			all.add(sponsor);
			all.addAll(cosponsors);
			return all;
		}
	}

	public record StanceView(StanceKind kind, String comment) {
	}
}
