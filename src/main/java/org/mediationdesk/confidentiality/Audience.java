package org.mediationdesk.confidentiality;

import java.util.UUID;

import org.mediationdesk.shared.DeskException;

/**
 * Who may see a stored object. Stored as two columns, {@code audience_kind} and {@code audience_group}.
 *
 * @param kind the audience
 * @param group the participant group, for the two kinds that name one; otherwise {@code null}
 */
public record Audience(AudienceKind kind, UUID group) {

	public Audience {
		if (kind == null) {
			throw new DeskException.Invalid("audience.required");
		}
		if (kind.namesGroup() && group == null) {
			throw new DeskException.Invalid("audience.groupRequired");
		}
		if (!kind.namesGroup()) {
			group = null;
		}
	}

	/**
	 * Reads the form key of an audience: the kind, followed for the group kinds by a colon and the group id
	 * (e.g. {@code GROUP_ONLY:5f0c…}).
	 */
	public static Audience parse(String key) {
		if (key == null || key.isBlank()) {
			throw new DeskException.Invalid("audience.required");
		}
		String[] parts = key.strip().split(":", 2);
		try {
			AudienceKind kind = AudienceKind.valueOf(parts[0]);
			return new Audience(kind, parts.length > 1 ? UUID.fromString(parts[1]) : null);
		}
		catch (IllegalArgumentException e) {
			throw new DeskException.Invalid("audience.unknown", key);
		}
	}

	/** The form key, the inverse of {@link #parse}. */
	public String key() {
		return group == null ? kind.name() : kind.name() + ":" + group;
	}

	public static Audience everyone() {
		return new Audience(AudienceKind.PUBLIC, null);
	}

	public static Audience allParticipants() {
		return new Audience(AudienceKind.ALL_PARTICIPANTS, null);
	}

	public static Audience coChairs() {
		return new Audience(AudienceKind.CO_CHAIRS, null);
	}

	public static Audience groupAndCoChairs(UUID group) {
		return new Audience(AudienceKind.GROUP_AND_CO_CHAIRS, group);
	}

	public static Audience groupOnly(UUID group) {
		return new Audience(AudienceKind.GROUP_ONLY, group);
	}
}
