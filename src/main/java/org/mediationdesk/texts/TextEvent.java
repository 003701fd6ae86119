package org.mediationdesk.texts;

import java.util.List;
import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceScoped;
import org.mediationdesk.shared.AuditableEvent;
import org.mediationdesk.shared.Reading;

/**
 * What happened to a negotiating text, in the past tense, as the texts module tells the others (the audit log,
 * and later live boards and communiqués). Each event has the audience of what it concerns: a wording in
 * confidence, or the fact that a group stated, is for that group and the co-chairs. A stance event says which
 * group stated, never on what or what it stated.
 *
 * <p>Every event names the text ({@code textId}, {@code symbol}), who acted ({@code actor}, an account) and for
 * which side ({@code side}: a group's code, or {@code CO_CHAIRS}).
 */
public sealed interface TextEvent extends AuditableEvent, AudienceScoped {

	UUID textId();

	String symbol();

	String side();

	/** What happened, as the text's history and the audit log name it ({@code wording-proposed} …). */
	String change();

	/** The provision it concerns, if any. */
	default String provision() {
		return null;
	}

	/** What the history says beside the change: a sponsor, a revision's number, the fields of the heading. */
	default String note() {
		return "";
	}

	@Override
	default String action() {
		return "text." + change();
	}

	@Override
	default String objectType() {
		return "negotiating-text";
	}

	@Override
	default String objectId() {
		return symbol();
	}

	@Override
	default String detail() {
		return provision() == null ? note() : (provision() + " " + note()).strip();
	}

	record TextCreated(UUID textId, String symbol, String actor, String side, Audience audience) implements TextEvent {
		public String change() {
			return "created";
		}
	}

	/** The title or chapeau changed, in English or Russian, or the Russian was confirmed as matching. */
	record HeadingEdited(UUID textId, String symbol, String actor, String side, Audience audience, List<String> fields)
			implements TextEvent {
		public String change() {
			return "heading-edited";
		}

		public String note() {
			return String.join(",", fields);
		}
	}

	record ProvisionAdded(UUID textId, String symbol, String actor, String side, Audience audience, String provision)
			implements TextEvent {
		public String change() {
			return "provision-added";
		}
	}

	record ProvisionMoved(UUID textId, String symbol, String actor, String side, Audience audience, String provision,
			boolean up) implements TextEvent {
		public String change() {
			return up ? "provision-up" : "provision-down";
		}
	}

	record ProvisionRemoved(UUID textId, String symbol, String actor, String side, Audience audience, String provision)
			implements TextEvent {
		public String change() {
			return "provision-remove";
		}
	}

	record WordingProposed(UUID textId, String symbol, String actor, String side, Audience audience, String provision,
			UUID wording, String sponsor, boolean inConfidence) implements TextEvent {
		public String change() {
			return "wording-proposed";
		}

		public String note() {
			return sponsor;
		}
	}

	record WordingTranslated(UUID textId, String symbol, String actor, String side, Audience audience, String provision,
			UUID wording, String sponsor) implements TextEvent {
		public String change() {
			return "wording-translated";
		}

		public String note() {
			return sponsor;
		}
	}

	record WordingCosponsored(UUID textId, String symbol, String actor, String side, Audience audience,
			String provision, UUID wording, String group) implements TextEvent {
		public String change() {
			return "wording-cosponsored";
		}

		public String note() {
			return group;
		}
	}

	record WordingTabled(UUID textId, String symbol, String actor, String side, Audience audience, String provision,
			UUID wording, String sponsor) implements TextEvent {
		public String change() {
			return "wording-tabled";
		}

		public String note() {
			return sponsor;
		}
	}

	record WordingWithdrawn(UUID textId, String symbol, String actor, String side, Audience audience, String provision,
			UUID wording, String sponsor) implements TextEvent {
		public String change() {
			return "wording-withdrawn";
		}

		public String note() {
			return sponsor;
		}
	}

	/** A group stated a stance: which group, never on what or what. */
	record StanceStated(UUID textId, String symbol, String actor, String side, Audience audience, String group)
			implements TextEvent {
		public String change() {
			return "stance-stated";
		}
	}

	record StancesRevealed(UUID textId, String symbol, String actor, String side, Audience audience)
			implements TextEvent {
		public String change() {
			return "revealed";
		}
	}

	/** The co-chairs shared their draft with its audience for information (no revision circulated). */
	record TextShared(UUID textId, String symbol, String actor, String side, Audience audience) implements TextEvent {
		public String change() {
			return "shared";
		}
	}

	record TextCirculated(UUID textId, String symbol, String actor, String side, Audience audience, int revision)
			implements TextEvent {
		public String change() {
			return "circulated";
		}

		public String note() {
			return Integer.toString(revision);
		}
	}

	record TextFrozen(UUID textId, String symbol, String actor, String side, Audience audience) implements TextEvent {
		public String change() {
			return "frozen";
		}
	}

	record TextUnfrozen(UUID textId, String symbol, String actor, String side, Audience audience)
			implements TextEvent {
		public String change() {
			return "unfrozen";
		}
	}

	/** The text was agreed ad referendum (pending the capitals), or agreed. */
	record TextAgreed(UUID textId, String symbol, String actor, String side, Audience audience, boolean adReferendum)
			implements TextEvent {
		public String change() {
			return adReferendum ? "agreed-ad-referendum" : "agreed";
		}
	}

	record TextAbandoned(UUID textId, String symbol, String actor, String side, Audience audience)
			implements TextEvent {
		public String change() {
			return "abandoned";
		}
	}

	/** Someone took the text out of the platform as a file: on record like a document's download, not in its history. */
	record TextExported(UUID textId, String symbol, String actor, String side, Audience audience, String fileName)
			implements TextEvent, Reading {
		public String change() {
			return "exported";
		}

		public String note() {
			return fileName;
		}
	}
}
