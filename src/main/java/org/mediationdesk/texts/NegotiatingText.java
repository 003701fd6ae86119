package org.mediationdesk.texts;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceKind;
import org.mediationdesk.shared.DeskException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** A negotiating text: what it is, who may see it, where it stands. Its provisions, alternatives and stances are kept beside it. */
class NegotiatingText {

	@Id
	private UUID id;
	private String symbol;
	private String title;
	private String titleRu;
	private String chapeau;
	private String chapeauRu;
	/** The English title and chapeau that the Russian ones were last aligned with. */
	private String titleRuOf;
	private String chapeauRuOf;
	private AudienceKind audienceKind;
	private UUID audienceGroup;
	private TextStatus status;
	private int revision;
	private String requiredGroups;
	/** When the co-chairs last revealed the stances: those stated before then show, later ones are sealed again. */
	private java.time.Instant revealedAt;
	private int nextProvision;
	private String createdBy;
	@Version
	private Long version;

	@PersistenceCreator
	NegotiatingText() {
	}

	static NegotiatingText create(String symbol, String title, String titleRu, String chapeau, Audience audience,
			List<String> requiredGroups, String createdBy) {
		NegotiatingText text = new NegotiatingText();
		text.id = UUID.randomUUID();
		text.symbol = symbol;
		text.title = title;
		text.titleRu = titleRu;
		text.titleRuOf = titleRu == null ? null : title;
		text.chapeau = chapeau;
		text.audienceKind = audience.kind();
		text.audienceGroup = audience.group();
		text.status = TextStatus.DRAFT;
		text.requiredGroups = String.join(",", requiredGroups);
		text.nextProvision = 1;
		text.createdBy = createdBy;
		return text;
	}

	/** The id the next provision gets; ids are never given twice. */
	String nextProvisionId() {
		return "para_" + nextProvision++;
	}

	/** Refuses a change of wording (a provision, an alternative) unless the text is a draft or circulated. */
	void requireEditable() {
		if (status != TextStatus.DRAFT && status != TextStatus.CIRCULATED) {
			throw new DeskException.Conflict("texts.notEditable", status);
		}
	}

	/** Refuses a stance unless the text is still under negotiation. */
	void requireOpenForStances() {
		if (status == TextStatus.AGREED || status == TextStatus.ABANDONED || status == TextStatus.AGREED_AD_REFERENDUM) {
			throw new DeskException.Conflict("texts.closed", status);
		}
	}

	/**
	 * Changes the title and chapeau, in English and Russian ({@code null}: no Russian version). A Russian
	 * wording that changes is aligned with the English as it now stands; one kept as it was stays aligned with
	 * the English it was aligned with, so a change of the English leaves it out of date, unless the editor says
	 * the Russian still matches.
	 */
	void editHeading(String newTitle, String newTitleRu, String newChapeau, String newChapeauRu, boolean russianMatches) {
		requireEditable();
		titleRuOf = alignedWith(newTitle, titleRu, newTitleRu, titleRuOf, russianMatches);
		chapeauRuOf = alignedWith(newChapeau, chapeauRu, newChapeauRu, chapeauRuOf, russianMatches);
		title = newTitle;
		titleRu = newTitleRu;
		chapeau = newChapeau;
		chapeauRu = newChapeauRu;
	}

	private static String alignedWith(String newEnglish, String russian, String newRussian, String was, boolean matches) {
		if (newRussian == null) {
			return null;
		}
		return matches || !newRussian.equals(russian) ? newEnglish : was;
	}

	/** Whether the Russian title was aligned with an English title since changed. */
	boolean titleRuOutOfDate() {
		return titleRu != null && !title.equals(titleRuOf);
	}

	boolean chapeauRuOutOfDate() {
		return chapeauRu != null && !java.util.Objects.equals(chapeau, chapeauRuOf);
	}

	void circulate() {
		requireEditable();
		revision++;
		status = TextStatus.CIRCULATED;
	}

	void freeze() {
		if (status != TextStatus.CIRCULATED) {
			throw new DeskException.Conflict("texts.illegalTransition", status, TextStatus.FROZEN);
		}
		status = TextStatus.FROZEN;
	}

	void unfreeze() {
		if (status != TextStatus.FROZEN) {
			throw new DeskException.Conflict("texts.illegalTransition", status, TextStatus.CIRCULATED);
		}
		status = TextStatus.CIRCULATED;
	}

	/** A text is agreed from its frozen state: circulated, then frozen for the capitals, then agreed. */
	void agreeAdReferendum() {
		if (status != TextStatus.FROZEN) {
			throw new DeskException.Conflict("texts.illegalTransition", status, TextStatus.AGREED_AD_REFERENDUM);
		}
		status = TextStatus.AGREED_AD_REFERENDUM;
	}

	void confirm() {
		if (status != TextStatus.AGREED_AD_REFERENDUM) {
			throw new DeskException.Conflict("texts.illegalTransition", status, TextStatus.AGREED);
		}
		status = TextStatus.AGREED;
	}

	void abandon() {
		if (status == TextStatus.AGREED || status == TextStatus.ABANDONED) {
			throw new DeskException.Conflict("texts.illegalTransition", status, TextStatus.ABANDONED);
		}
		status = TextStatus.ABANDONED;
	}

	void reveal(java.time.Instant at) {
		if (status == TextStatus.ABANDONED || status == TextStatus.AGREED) {
			throw new DeskException.Conflict("texts.closed", status);
		}
		revealedAt = at;
	}

	UUID id() {
		return id;
	}

	String symbol() {
		return symbol;
	}

	String title() {
		return title;
	}

	String titleRu() {
		return titleRu;
	}

	String chapeau() {
		return chapeau;
	}

	String chapeauRu() {
		return chapeauRu;
	}

	Audience audience() {
		return new Audience(audienceKind, audienceGroup);
	}

	TextStatus status() {
		return status;
	}

	int revision() {
		return revision;
	}

	java.time.Instant revealedAt() {
		return revealedAt;
	}

	List<String> requiredGroups() {
		return requiredGroups.isBlank() ? List.of() : Arrays.asList(requiredGroups.split(","));
	}
}
