package org.mediationdesk.communique;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;

/**
 * An edition of a round's communiqué as the viewer may read it. {@code texts} and {@code titles} hold only the
 * languages that have a text; {@code missing} names the others. {@code approvals} (with the SHA-256 each approved)
 * and {@code missingApprovals} are the co-chairs' and secretariat's: empty for everyone else. {@code sha256} is the
 * fingerprint of the text as it stands, which an approval sends back. {@code version} is what an edit's form sends
 * back. {@code availableActions} are the steps the viewer may take with this edition now (empty for all but the co-chairs and
 * the secretariat). {@code placeholders}: what is still to be written (text in square brackets), per language and
 * paragraph; while there is any, it is not approved, put under embargo or published. {@code englishRevision}: how
 * many times the English was changed (1 as drafted); {@code versions}: each language version against it, a Russian or
 * Georgian one older than the English being {@code TO_BE_BROUGHT_UP_TO_DATE}.
 */
public record CommuniqueView(UUID id, int roundNumber, int edition, Integer corrects, CommuniqueStatus status,
		Map<LanguageCode, String> titles, Map<LanguageCode, String> texts, List<LanguageCode> missing, boolean shared,
		Instant embargoUntil, Instant published, String sha256, long version, List<ApprovalView> approvals,
		List<Institution> missingApprovals, String path, List<CommuniqueAction> availableActions,
		List<Placeholder> placeholders, int englishRevision, List<VersionView> versions) {

	/** A passage still to be written: the text in square brackets, in a language's version and paragraph. */
	public record Placeholder(LanguageCode language, int paragraph, String text) {
	}

	/** Where a language version stands against the English text. */
	public enum VersionState {
		/** It renders the English as it stands (the English itself, when it has a text). */
		CURRENT,
		/** It renders an earlier revision of the English: a co-chair edits it, confirms it, or withdraws it. */
		TO_BE_BROUGHT_UP_TO_DATE,
		/** It has no text yet. */
		MISSING,
		/** The co-chairs withdrew the language from this edition: it has no version in that language. */
		WITHDRAWN
	}

	/** A language version: its state, and the revision of the English it renders ({@code null} for the English). */
	public record VersionView(LanguageCode language, VersionState state, Integer rendersEnglishRevision) {
	}

	/** The versions to be brought up to date. */
	public List<LanguageCode> outOfDate() {
		return versions.stream().filter(found -> found.state() == VersionState.TO_BE_BROUGHT_UP_TO_DATE)
			.map(VersionView::language).toList();
	}

	/** The state of a language's version. */
	public VersionState state(LanguageCode language) {
		return versions.stream().filter(found -> found.language() == language).map(VersionView::state).findFirst()
			.orElse(VersionState.MISSING);
	}

	/** The revision of the English a language's version renders, or {@code null}. */
	public Integer renders(LanguageCode language) {
		return versions.stream().filter(found -> found.language() == language).map(VersionView::rendersEnglishRevision)
			.filter(Objects::nonNull).findFirst().orElse(null);
	}

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
		return Paragraphs.of(texts.get(language));
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
