package org.mediationdesk.texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;

/**
 * A negotiating text as a viewer may see it: the provisions with the wordings the viewer may see, each with
 * the stances the viewer may see, and how much remains open.
 *
 * @param sealed how many stances are stated but not yet shown (counted for the co-chairs only)
 * @param openProvisions provisions not yet settled
 * @param openBrackets square-bracket pairs in the wordings of provisions not yet settled
 * @param openWordings wordings of provisions not yet settled
 * @param seen how many changes of the text's history the viewer may see; with a digest of this view it makes
 *        the view's version ({@code TextVersion}): a write made on this view is refused if what the viewer may
 *        see has changed since (the form field {@code seen}, or {@code If-Match} over the API)
 * @param editable whether provisions and wordings may change (a draft or circulated text)
 * @param actions the co-chairs' actions that the text's status allows (for the co-chairs; empty for others)
 * @param privateDraft whether the text is still the co-chairs' own draft, which nobody else sees yet
 * @param audience who the text is for once it is shared ({@code null} in a revision as circulated)
 */
public record TextView(UUID id, String symbol, String title, String titleRu, String chapeau, String chapeauRu,
		TextStatus status, int revision, List<String> requiredGroups, boolean revealed, List<ProvisionView> provisions,
		int sealed, int openProvisions, int openBrackets, int openWordings, long seen, boolean editable,
		List<CoChairsAction> actions, boolean privateDraft, Audience audience) {

	/** Whether every provision is settled: by the package rule, only then is the text agreed. */
	public boolean settled() {
		return openProvisions == 0 && !provisions.isEmpty();
	}

	/** A provision: its stable id, its number for display, its wordings, and the one that settles it. */
	public record ProvisionView(String eId, int number, List<WordingView> wordings, UUID settledBy) {
	}

	/**
	 * A wording and the stances on it the viewer may see, by group code.
	 *
	 * @param sponsor who proposed it: a group's code, or the co-chairs
	 * @param cosponsors the groups that joined as its sponsors since
	 * @param confidential shared in confidence to the co-chairs, not yet tabled to all
	 * @param revealed whether every group's stance on it shows
	 * @param withdrawable whether the viewer may withdraw it now: its sponsor's side, on an editable text, with no
	 *        stance on it that the viewer knows of
	 */
	public record WordingView(UUID id, String sponsor, List<String> cosponsors, String textEn, String textRu,
			int introducedIn, boolean confidential, int brackets, boolean revealed, Map<String, StanceView> stances,
			boolean withdrawable) {

		/** Every sponsor, the one who proposed it first. */
		public List<String> sponsors() {
			List<String> all = new ArrayList<>();
			all.add(sponsor);
			all.addAll(cosponsors);
			return all;
		}
	}

	public record StanceView(StanceKind kind, String comment) {
	}
}
