package org.mediationdesk.communique;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;

/**
 * An edition of a round's communiqué as the viewer may read it. {@code texts} and {@code titles} hold only the
 * languages that have a text; {@code missing} names the others. {@code approvals} (with the SHA-256 each approved)
 * and {@code missingApprovals} are the co-chairs' and secretariat's: empty for everyone else. {@code sha256} is the
 * fingerprint of the text as it stands, which an approval sends back. {@code version} is what an edit's form sends
 * back. {@code availableActions} are the steps the viewer may take with this edition now (empty for all but the co-chairs and
 * the secretariat).
 */
public record CommuniqueView(UUID id, int roundNumber, int edition, Integer corrects, CommuniqueStatus status,
		Map<LanguageCode, String> titles, Map<LanguageCode, String> texts, List<LanguageCode> missing, boolean shared,
		Instant embargoUntil, Instant published, String sha256, long version, List<ApprovalView> approvals,
		List<Institution> missingApprovals, String path, List<CommuniqueAction> availableActions) {

	/** The round's number under its former name in the API: kept for one release (README, "API changes"). */
	@Deprecated(forRemoval = true)
	@JsonProperty("round")
	public int round() {
		return roundNumber;
	}

	/** An institution's approval: by whom, when, of which text (its SHA-256), and when an edit withdrew it. */
	public record ApprovalView(Institution institution, String approvedBy, Instant approvedAt, String sha256,
			Instant withdrawnAt) {
	}

	/** The paragraphs of a language's text; empty if it has none. */
	public List<String> paragraphs(LanguageCode language) {
		return Communique.paragraphs(texts.get(language));
	}

	public String text(LanguageCode language) {
		return texts.get(language);
	}

	public boolean has(LanguageCode language) {
		return texts.containsKey(language);
	}

	public boolean approvedByAll() {
		return missingApprovals.isEmpty();
	}

	/** The approvals standing now. */
	public List<ApprovalView> activeApprovals() {
		return approvals.stream().filter(approval -> approval.withdrawnAt() == null).toList();
	}

	/** The standing approval of an institution, or {@code null}. */
	public ApprovalView approvalOf(Institution institution) {
		return activeApprovals().stream().filter(approval -> approval.institution() == institution).findFirst().orElse(null);
	}
}
