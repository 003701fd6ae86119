package org.mediationdesk.audit;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mediationdesk.identity.ObjectLabels;
import org.mediationdesk.identity.Viewer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import java.util.Optional;

/**
 * The audit log as people read it: what happened as words of the reader's language, who did it by their display
 * name, what it concerned by its label (a document's symbol, an account's name, a round's number) with a link where
 * the reader may open it, and when, in the reader's format. The stored entry is left as it is: the chain's hashes
 * are over its codes.
 */
@Component
class AuditReading {

	/**
	 * Every action the log names ({@code "document.filed"}), each with its words in the bundles under
	 * {@code audit.did.}; an action not listed here reads as "Other change". Kept as one text so that the names
	 * of the log are not taken for message keys.
	 */
	static final String ACTIONS = "login.succeeded login.failed"
			+ " account.created account.disabled account.enabled account.role_assigned account.password_reset"
			+ " account.password_changed account.token_issued account.token_revoked account.second_factor_enrolled"
			+ " account.second_factor_removed account.recovery_codes_renewed account.recovery_code_used"
			+ " document.filed document.revised document.audience_changed document.file_attached"
			+ " document.file_removed document.downloaded"
			+ " round.convened round.postponed round.held round.suspended round.collapsed round.confirmation_changed"
			+ " round.meeting_added round.outcome_recorded round.decision_recorded"
			+ " attendance.invited attendance.confirmed attendance.declined attendance.present attendance.boycotted"
			+ " attendance.walked_out attendance.returned attendance.did_not_attend"
			+ " account-of-event.recorded format-condition.stated format-condition.withdrawn"
			+ " glossary.created glossary.changed glossary.deleted glossary.imported process.imported process.exported"
			+ " text.created text.heading-edited text.provision-added text.provision-remove text.provision-up"
			+ " text.provision-down text.wording-proposed text.wording-translated text.wording-cosponsored"
			+ " text.wording-tabled text.wording-withdrawn text.stance-stated text.revealed text.circulated text.frozen"
			+ " text.unfrozen text.agreed text.agreed-ad-referendum text.abandoned text.exported text.shared"
			+ " account.invited account.invitation_accepted account.email_changed account.preferences_changed"
			+ " attendance.corrected round.meeting_changed round.meeting_removed round.texts_edited"
			+ " board.item-set board.floor-requested board.floor-request-withdrawn board.floor-given board.floor-ended"
			+ " board.speakers-ordered board.speakers-closed board.speakers-reopened"
			+ " communique.drafted communique.edited communique.approved communique.approvalsWithdrawn communique.shared"
			+ " communique.versionConfirmed communique.versionWithdrawn communique.embargoed communique.published feed_address.created feed_address.revoked"
			+ " participant.added checkpoint-file.started-anew"
			+ " mechanism.registered mechanism.suspended mechanism.resumed mechanism-meeting.scheduled"
			+ " mechanism-meeting.agenda-adopted mechanism-meeting.joint-visit-agreed mechanism-meeting.closed"
			+ " mechanism-meeting.attendance-recorded"
			+ " incident.reported incident.account-given incident.reviewed incident.case-opened incident.put-on-review"
			+ " incident.merged"
			+ " hotline.sent hotline.relayed hotline.acknowledged hotline.answered hotline.escalated hotline.chain-changed"
			+ " commitment.recorded commitment.progressed commitment.reading-given";

	/** The kinds of object the log names, each with its words under {@code audit.objectType.}. */
	static final String OBJECT_TYPES = "session account document round attendance-event account-of-event"
			+ " format-condition glossary-concept process negotiating-text communique feed_address meeting participant"
			+ " checkpoint-file mechanism mechanism-meeting incident hotline-activation commitment";

	private static final Set<String> KNOWN_ACTIONS = Set.of(ACTIONS.split(" "));
	private static final Set<String> KNOWN_TYPES = Set.of(OBJECT_TYPES.split(" "));
	private static final Pattern ROUND = Pattern.compile("round (\\d+)");

	/** The kind of object a login is: its id is the username of whoever logged in, as an entry's actor is. */
	private static final String SESSION = "session";

	private final Map<String, ObjectLabels> labelsByType = new HashMap<>();
	private final MessageSource messages;

	/** Every module's labels of its own objects: the log reads none of their tables. */
	AuditReading(List<ObjectLabels> labels, MessageSource messages) {
		labels.forEach(owner -> owner.objectTypes().forEach(type -> labelsByType.put(type, owner)));
		this.messages = messages;
	}

	List<AuditLine> read(Viewer viewer, List<AuditView> entries, Locale locale) {
		Labels labels = labels(viewer, entries, locale);
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withLocale(locale)
			.withZone(ZoneOffset.UTC);
		return entries.stream().map(entry -> {
			if (entry.isWithheld()) {
				return new AuditLine(entry.seq(), format.format(entry.occurredAt()),
						entry.occurredAt().withNano(0).toInstant().toString(), null, message("audit.withheld.who", locale),
						null, message("audit.withheld", locale), null, null, "", null, null, entry.hash());
			}
			String objectLabel = objectLabel(entry, labels, locale);
			return new AuditLine(entry.seq(), format.format(entry.occurredAt()),
					entry.occurredAt().withNano(0).toInstant().toString(), entry.actor(), who(entry.actor(), labels, locale),
					entry.action(), what(entry, locale), entry.objectType(), entry.objectId(), objectLabel,
					link(entry, labels), entry.detail(), entry.hash());
		}).toList();
	}

	/** The people of the log, by display name, for the filter. */
	List<AuditChoice> people(Viewer viewer, List<String> usernames, Locale locale) {
		Labels names = new Labels(Map.of(SESSION, lookup(SESSION, new HashSet<>(usernames), viewer, locale)));
		return usernames.stream()
			.map(username -> new AuditChoice(username, personLabel(username, names, locale)))
			.sorted((a, b) -> a.label().compareToIgnoreCase(b.label()))
			.toList();
	}

	List<AuditChoice> actions(List<String> actions, Locale locale) {
		return actions.stream()
			.map(action -> new AuditChoice(action, actionLabel(action, locale)))
			.sorted((a, b) -> a.label().compareToIgnoreCase(b.label()))
			.toList();
	}

	List<AuditChoice> objectTypes(List<String> types, Locale locale) {
		return types.stream()
			.map(type -> new AuditChoice(type, typeLabel(type, locale)))
			.sorted((a, b) -> a.label().compareToIgnoreCase(b.label()))
			.toList();
	}

	String actionLabel(String action, Locale locale) {
		return message(KNOWN_ACTIONS.contains(action) ? "audit.did." + action : "audit.did.other", locale);
	}

	String typeLabel(String type, Locale locale) {
		return message(KNOWN_TYPES.contains(type) ? "audit.objectType." + type : "audit.objectType.other", locale);
	}

	private String what(AuditView entry, Locale locale) {
		String action = actionLabel(entry.action(), locale);
		if ("login.failed".equals(entry.action())) {
			String reason = switch (entry.detail() == null ? "" : entry.detail()) {
				case "BadCredentialsException" -> "audit.loginRefused.credentials";
				case "LockedException" -> "audit.loginRefused.locked";
				case "DisabledException" -> "audit.loginRefused.disabled";
				default -> "audit.loginRefused.other";
			};
			return messages.getMessage("audit.withReason", new Object[] { action, message(reason, locale) }, locale);
		}
		return action;
	}

	private String who(String actor, Labels labels, Locale locale) {
		return personLabel(actor, labels, locale);
	}

	private String personLabel(String username, Labels labels, Locale locale) {
		if (username == null || username.isBlank() || username.equals("null")) {
			return message("audit.nobody", locale);
		}
		if (username.equals("system")) {
			return message("audit.system", locale);
		}
		String name = labels.name(SESSION, username);
		return name == null ? username : messages.getMessage("audit.person", new Object[] { name, username }, locale);
	}

	private String objectLabel(AuditView entry, Labels labels, Locale locale) {
		String id = entry.objectId() == null ? "" : entry.objectId();
		String type = entry.objectType() == null ? "" : entry.objectType();
		String name = labels.name(type, id);
		String found = switch (type) {
			case SESSION -> personLabel(id, labels, locale);
			case "account", "document" -> name != null ? name : beforeColon(entry.detail());
			case "negotiating-text", "process" -> name != null ? name : id;
			case "round" -> messages.getMessage("audit.objectRound", new Object[] { id }, locale);
			case "attendance-event" -> round(entry.detail())
				.map(number -> messages.getMessage("audit.objectAttendance", new Object[] { number }, locale))
				.orElse(null);
			case "account-of-event" -> round(entry.detail())
				.map(number -> messages.getMessage("audit.objectAccounts", new Object[] { number }, locale))
				.orElse(null);
			case "format-condition" -> name != null
					? messages.getMessage("audit.objectCondition", new Object[] { name }, locale) : null;
			case "glossary-concept" -> "glossary.imported".equals(entry.action()) ? message("audit.objectGlossary", locale)
					: name != null ? name : id;
			default -> null;
		};
		return found == null || found.isBlank() ? typeLabel(type, locale) : found;
	}

	/** Where the reader may open what the entry concerns: the owner's page of it, or a round's. */
	private String link(AuditView entry, Labels labels) {
		String id = entry.objectId() == null ? "" : entry.objectId();
		return switch (entry.objectType() == null ? "" : entry.objectType()) {
			case "round" -> id.matches("\\d{1,6}") ? "/rounds/" + id : null;
			case "attendance-event" -> round(entry.detail()).map(number -> "/rounds/" + number + "/attendance").orElse(null);
			case "account-of-event" -> round(entry.detail()).map(number -> "/rounds/" + number + "/accounts").orElse(null);
			default -> labels.address(entry.objectType(), id);
		};
	}

	private static Optional<String> round(String detail) {
		Matcher matcher = ROUND.matcher(detail == null ? "" : detail);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	private static String beforeColon(String detail) {
		if (detail == null) {
			return null;
		}
		int colon = detail.indexOf(':');
		return colon < 0 ? detail : detail.substring(0, colon);
	}

	private String message(String code, Locale locale) {
		return messages.getMessage(code, null, locale);
	}

	/** The labels the entries of a page need, by kind of object and id: each kind asked of its owner once. */
	private record Labels(Map<String, Map<String, ObjectLabels.Label>> byType) {

		String name(String type, String id) {
			ObjectLabels.Label label = byType.getOrDefault(type, Map.of()).get(id);
			return label == null ? null : label.name();
		}

		String address(String type, String id) {
			ObjectLabels.Label label = byType.getOrDefault(type, Map.of()).get(id);
			return label == null ? null : label.address();
		}
	}

	private Labels labels(Viewer viewer, List<AuditView> entries, Locale locale) {
		Map<String, Set<String>> ids = new HashMap<>();
		for (AuditView entry : entries) {
			// the actor is named like the person of a login: by username
			if (entry.actor() != null) {
				ids.computeIfAbsent(SESSION, type -> new HashSet<>()).add(entry.actor());
			}
			if (entry.objectType() != null) {
				ids.computeIfAbsent(entry.objectType(), type -> new HashSet<>()).add(entry.objectId());
			}
		}
		Map<String, Map<String, ObjectLabels.Label>> labels = new HashMap<>();
		ids.forEach((type, wanted) -> labels.put(type, lookup(type, wanted, viewer, locale)));
		return new Labels(labels);
	}

	/** The labels of these objects of one kind, from the module that keeps them (none if no module labels it). */
	private Map<String, ObjectLabels.Label> lookup(String type, Set<String> ids, Viewer viewer, Locale locale) {
		ids.remove(null);
		ObjectLabels owner = labelsByType.get(type);
		return owner == null || ids.isEmpty() ? Map.of() : owner.labels(type, ids, viewer, locale);
	}
}
