package org.mediationdesk.formats;

import java.time.Instant;
import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** A condition as stored: its code, the group that stated it, the condition itself as JSON, its audience. */
class FormatCondition {

	@Id
	private UUID id;
	private String code;
	private UUID groupId;
	private String body;
	private AudienceKind audienceKind;
	private UUID audienceGroup;
	private String statedBy;
	private Instant statedAt;
	private Instant withdrawnAt;
	@Version
	private Long version;

	@PersistenceCreator
	FormatCondition() {
	}

	/** A group's condition, confided to the co-chairs: the group and the co-chairs see it, no one else. */
	static FormatCondition stated(String code, UUID groupId, String body, String statedBy, Instant statedAt) {
		FormatCondition condition = new FormatCondition();
		condition.id = UUID.randomUUID();
		condition.code = code;
		condition.groupId = groupId;
		condition.body = body;
		Audience audience = Audience.groupAndCoChairs(groupId);
		condition.audienceKind = audience.kind();
		condition.audienceGroup = audience.group();
		condition.statedBy = statedBy;
		condition.statedAt = statedAt;
		return condition;
	}

	void withdraw(Instant at) {
		withdrawnAt = at;
	}

	boolean withdrawn() {
		return withdrawnAt != null;
	}

	String code() {
		return code;
	}

	UUID groupId() {
		return groupId;
	}

	String body() {
		return body;
	}

	Instant statedAt() {
		return statedAt;
	}

	Audience audience() {
		return new Audience(audienceKind, audienceGroup);
	}
}
