package org.mediationdesk.communique;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceScoped;
import org.mediationdesk.shared.AuditableEvent;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import java.util.Locale;

/**
 * What happened to a round's communiqué. Until it is published, what happens to it is the co-chairs' (a draft shared
 * with the participants: theirs too); its publication is public. No event carries the text.
 */
public sealed interface CommuniqueEvent extends AuditableEvent, AudienceScoped {

	/** The round whose communiqué it is. */
	int roundNumber();

	/** The communiqué's edition (1, then each correction). */
	UUID communique();

	@Override
	default String objectType() {
		return "communique";
	}

	@Override
	default String objectId() {
		return communique().toString();
	}

	@Override
	default Audience audience() {
		return Audience.coChairs();
	}

	/** A draft was written from the record; {@code corrects} the edition it corrects, or {@code null}. */
	record CommuniqueDrafted(String actor, int roundNumber, UUID communique, int edition, Integer corrects)
			implements CommuniqueEvent {

		@Override
		public String action() {
			return "communique.drafted";
		}

		@Override
		public String detail() {
			return "round " + roundNumber + ", edition " + edition + (corrects == null ? "" : ", corrects " + corrects);
		}
	}

	/** A language version was edited. */
	record CommuniqueEdited(String actor, int roundNumber, UUID communique, LanguageCode language) implements CommuniqueEvent {

		@Override
		public String action() {
			return "communique.edited";
		}

		@Override
		public String detail() {
			return "round " + roundNumber + ", " + language.name().toLowerCase(Locale.ROOT);
		}
	}

	/** A co-chair confirmed a Russian or Georgian version as still rendering the English as it stands. */
	record CommuniqueVersionConfirmed(String actor, int roundNumber, UUID communique, LanguageCode language,
			int englishRevision) implements CommuniqueEvent {

		@Override
		public String action() {
			return "communique.versionConfirmed";
		}

		@Override
		public String detail() {
			return "round " + roundNumber + ", " + language.name().toLowerCase(Locale.ROOT) + " renders English revision "
					+ englishRevision;
		}
	}

	/** A co-chair withdrew a language from the edition: it has no version in that language. */
	record CommuniqueVersionWithdrawn(String actor, int roundNumber, UUID communique, LanguageCode language)
			implements CommuniqueEvent {

		@Override
		public String action() {
			return "communique.versionWithdrawn";
		}

		@Override
		public String detail() {
			return "round " + roundNumber + ", " + language.name().toLowerCase(Locale.ROOT);
		}
	}

	/** An institution approved the exact text whose SHA-256 is {@code sha256}. */
	record CommuniqueApproved(String actor, int roundNumber, UUID communique, Institution institution, String sha256)
			implements CommuniqueEvent {

		@Override
		public String action() {
			return "communique.approved";
		}

		@Override
		public String detail() {
			return "round " + roundNumber + ", " + institution + ", sha256 " + sha256;
		}
	}

	/**
	 * An edit withdrew the approvals given; {@code approvers} are the accounts (usernames) whose approvals were
	 * withdrawn, to be told.
	 */
	record CommuniqueApprovalsWithdrawn(String actor, int roundNumber, UUID communique, List<String> approvers,
			List<Institution> institutions) implements CommuniqueEvent {

		public CommuniqueApprovalsWithdrawn {
			approvers = List.copyOf(approvers);
			institutions = List.copyOf(institutions);
		}

		@Override
		public String action() {
			return "communique.approvalsWithdrawn";
		}

		@Override
		public String detail() {
			return "round " + roundNumber + ", approvals of " + String.join(", ", approvers) + " withdrawn by an edit";
		}
	}

	/** The draft was shared with the participants, for their information. */
	record CommuniqueShared(String actor, int roundNumber, UUID communique) implements CommuniqueEvent {

		@Override
		public String action() {
			return "communique.shared";
		}

		@Override
		public Audience audience() {
			return Audience.allParticipants();
		}
	}

	/** The co-chairs set the time of publication. */
	record CommuniqueEmbargoed(String actor, int roundNumber, UUID communique, Instant until) implements CommuniqueEvent {

		@Override
		public String action() {
			return "communique.embargoed";
		}

		@Override
		public String detail() {
			return "round " + roundNumber + ", until " + until;
		}
	}

	/** The communiqué was published: public from {@code published}, at {@code path}. */
	record CommuniquePublished(String actor, int roundNumber, UUID communique, int edition, Integer corrects,
			Instant published, String path) implements CommuniqueEvent {

		@Override
		public String action() {
			return "communique.published";
		}

		@Override
		public String detail() {
			return "round " + roundNumber + ", edition " + edition;
		}

		@Override
		public Audience audience() {
			return Audience.everyone();
		}
	}
}
