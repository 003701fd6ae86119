package org.mediationdesk.statements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceKind;
import org.mediationdesk.process.ProcessFile;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * One source's account of a round: a participant group's or the co-chairs' statement, or a press report.
 */
class Statement {

	@Id
	private UUID id;
	private UUID roundId;
	private SourceKind sourceKind;
	private UUID groupId;
	private String outlet;
	private LocalDate published;
	private String url;
	private String summary;
	private AudienceKind audienceKind;
	private UUID audienceGroup;
	private String recordedBy;
	private Instant recordedAt;
	@Version
	private Long version;

	@PersistenceCreator
	Statement() {
	}

	static Statement record(UUID roundId, NewStatement account, String recordedBy, Instant recordedAt) {
		Statement recorded = new Statement();
		recorded.id = UUID.randomUUID();
		recorded.roundId = roundId;
		recorded.sourceKind = account.sourceKind();
		recorded.groupId = account.sourceKind() == SourceKind.PARTICIPANT_GROUP ? account.groupId() : null;
		recorded.outlet = account.outlet();
		recorded.published = account.published();
		recorded.url = account.url();
		recorded.summary = account.summary();
		recorded.audienceKind = account.audience().kind();
		recorded.audienceGroup = account.audience().group();
		recorded.recordedBy = recordedBy;
		recorded.recordedAt = recordedAt;
		return recorded;
	}

	UUID id() {
		return id;
	}

	UUID groupId() {
		return groupId;
	}

	Audience audience() {
		return new Audience(audienceKind, audienceGroup);
	}

	UUID roundId() {
		return roundId;
	}

	/** The account as a process record file gives it; groups by their codes. */
	ProcessFile.AccountEntry export(int roundNumber, Map<UUID, String> groupCodes) {
		return new ProcessFile.AccountEntry(roundNumber, sourceKind.name(), groupId == null ? null : groupCodes.get(groupId),
				outlet, published, url, summary, audienceKind.name(),
				audienceGroup == null ? null : groupCodes.get(audienceGroup));
	}

	StatementView view(String groupLabel) {
		return new StatementView(id, sourceKind, groupLabel, outlet, published, url, summary, audience());
	}
}
