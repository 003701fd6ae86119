package org.mediationdesk.audit;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mediationdesk.identity.Viewer;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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
			+ " communique.embargoed communique.published feed_address.created feed_address.revoked"
			+ " participant.added";

	/** The kinds of object the log names, each with its words under {@code audit.objectType.}. */
	static final String OBJECT_TYPES = "session account document round attendance-event account-of-event"
			+ " format-condition glossary-concept process negotiating-text communique feed_address meeting participant";

	private static final Set<String> KNOWN_ACTIONS = Set.of(ACTIONS.split(" "));
	private static final Set<String> KNOWN_TYPES = Set.of(OBJECT_TYPES.split(" "));
	private static final Pattern ROUND = Pattern.compile("round (\\d+)");

	private final JdbcClient jdbc;
	private final MessageSource messages;

	AuditReading(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}


	List<AuditLine> read(Viewer viewer, List<AuditView> entries, Locale locale) {
		Labels labels = labels(entries, locale);
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withLocale(locale)
			.withZone(ZoneOffset.UTC);
		return entries.stream().map(entry -> {
			String objectLabel = objectLabel(entry, labels, locale);
			return new AuditLine(entry.seq(), format.format(entry.occurredAt()),
					entry.occurredAt().withNano(0).toInstant().toString(), entry.actor(), who(entry.actor(), labels, locale),
					entry.action(), what(entry, locale), entry.objectType(), entry.objectId(), objectLabel,
					link(viewer, entry, labels), entry.detail(), entry.hash());
		}).toList();
	}

	/** The people of the log, by display name, for the filter. */
	List<AuditChoice> people(List<String> usernames, Locale locale) {
		Map<String, String> names = displayNames(usernames);
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
		return personLabel(actor, labels.people(), locale);
	}

	private String personLabel(String username, Map<String, String> names, Locale locale) {
		if (username == null || username.isBlank() || username.equals("null")) {
			return message("audit.nobody", locale);
		}
		if (username.equals("system")) {
			return message("audit.system", locale);
		}
		String name = names.get(username);
		return name == null ? username : messages.getMessage("audit.person", new Object[] { name, username }, locale);
	}

	private String objectLabel(AuditView entry, Labels labels, Locale locale) {
		String id = entry.objectId() == null ? "" : entry.objectId();
		String type = entry.objectType() == null ? "" : entry.objectType();
		String found = switch (type) {
			case "session" -> personLabel(id, labels.people(), locale);
			case "account" -> labels.accounts().containsKey(id) ? labels.accounts().get(id)
					: beforeColon(entry.detail());
			case "document" -> labels.documents().getOrDefault(id, beforeColon(entry.detail()));
			case "negotiating-text" -> id;
			case "round" -> messages.getMessage("audit.objectRound", new Object[] { id }, locale);
			case "attendance-event" -> round(entry.detail())
				.map(number -> messages.getMessage("audit.objectAttendance", new Object[] { number }, locale))
				.orElse(null);
			case "account-of-event" -> round(entry.detail())
				.map(number -> messages.getMessage("audit.objectAccounts", new Object[] { number }, locale))
				.orElse(null);
			case "format-condition" -> labels.conditions().containsKey(id)
					? messages.getMessage("audit.objectCondition", new Object[] { labels.conditions().get(id) }, locale)
					: null;
			case "glossary-concept" -> "glossary.imported".equals(entry.action()) ? message("audit.objectGlossary", locale)
					: labels.concepts().getOrDefault(id, id);
			case "process" -> labels.processes().getOrDefault(id, id);
			default -> null;
		};
		return found == null || found.isBlank() ? typeLabel(type, locale) : found;
	}

	private String link(Viewer viewer, AuditView entry, Labels labels) {
		String id = entry.objectId() == null ? "" : entry.objectId();
		return switch (entry.objectType() == null ? "" : entry.objectType()) {
			case "account" -> viewer.isAdmin() && labels.accounts().containsKey(id) ? "/admin/accounts/" + id : null;
			case "session" -> viewer.isAdmin() && labels.accountIds().containsKey(id)
					? "/admin/accounts/" + labels.accountIds().get(id) : null;
			case "document" -> labels.documents().containsKey(id) ? "/documents/" + id : null;
			case "round" -> id.matches("\\d{1,6}") ? "/rounds/" + id : null;
			case "attendance-event" -> round(entry.detail()).map(number -> "/rounds/" + number + "/attendance").orElse(null);
			case "account-of-event" -> round(entry.detail()).map(number -> "/rounds/" + number + "/accounts").orElse(null);
			case "negotiating-text" -> (viewer.isMediator() || viewer.isParticipant()) && labels.texts().containsKey(id)
					? "/texts/" + labels.texts().get(id) : null;
			case "glossary-concept" -> viewer.isMediator() && labels.concepts().containsKey(id)
					? "/terminology/glossary/" + id : null;
			case "process" -> viewer.isAdmin() ? "/admin/process" : null;
			default -> null;
		};
	}

	private static java.util.Optional<String> round(String detail) {
		Matcher matcher = ROUND.matcher(detail == null ? "" : detail);
		return matcher.find() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
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

	/** The labels the entries of a page need, each looked up once. */
	private record Labels(Map<String, String> people, Map<String, String> accountIds, Map<String, String> accounts,
			Map<String, String> documents, Map<String, String> texts, Map<String, String> conditions,
			Map<String, String> concepts, Map<String, String> processes) {
	}

	private Labels labels(List<AuditView> entries, Locale locale) {
		Set<String> usernames = new HashSet<>();
		Map<String, Set<String>> ids = new HashMap<>();
		for (AuditView entry : entries) {
			usernames.add(entry.actor());
			if ("session".equals(entry.objectType())) {
				usernames.add(entry.objectId());
			}
			ids.computeIfAbsent(String.valueOf(entry.objectType()), key -> new HashSet<>()).add(entry.objectId());
		}
		usernames.remove(null);
		String language = locale.getLanguage();
		Map<String, String> people = displayNames(usernames);
		Map<String, String> accountIds = new HashMap<>();
		lookup("SELECT username AS k, CAST(id AS VARCHAR(36)) AS v FROM account WHERE username IN (:keys)", usernames,
				accountIds);
		Map<String, String> accounts = new HashMap<>();
		lookup("SELECT CAST(id AS VARCHAR(36)) AS k, display_name AS v FROM account WHERE id IN (:keys)",
				uuids(ids.get("account")), accounts);
		Map<String, String> documents = new HashMap<>();
		lookup("SELECT CAST(id AS VARCHAR(36)) AS k, symbol AS v FROM document WHERE id IN (:keys)",
				uuids(ids.get("document")), documents);
		Map<String, String> texts = new HashMap<>();
		lookup("SELECT symbol AS k, CAST(id AS VARCHAR(36)) AS v FROM negotiating_text WHERE symbol IN (:keys)",
				ids.get("negotiating-text"), texts);
		Map<String, String> conditions = new HashMap<>();
		lookup("SELECT c.code AS k, " + localised("g.label", language) + " AS v FROM format_condition c"
				+ " JOIN participant_group g ON g.id = c.group_id WHERE c.code IN (:keys)", ids.get("format-condition"),
				conditions);
		Map<String, String> concepts = new HashMap<>();
		lookup("SELECT code AS k, " + (language.equals("ru") ? "COALESCE(name_ru, name_en)" : "name_en")
				+ " AS v FROM glossary_concept WHERE code IN (:keys)", ids.get("glossary-concept"), concepts);
		Map<String, String> processes = new HashMap<>();
		lookup("SELECT code AS k, " + (language.equals("ru") ? "COALESCE(name_ru, name)" : "name")
				+ " AS v FROM talks_process WHERE code IN (:keys)", ids.get("process"), processes);
		return new Labels(people, accountIds, accounts, documents, texts, conditions, concepts, processes);
	}

	private static String localised(String column, String language) {
		return switch (language) {
			case "ru" -> "COALESCE(" + column + "_ru, " + column + ")";
			case "ka" -> "COALESCE(" + column + "_ka, " + column + ")";
			default -> column;
		};
	}

	private Map<String, String> displayNames(Collection<String> usernames) {
		Map<String, String> names = new HashMap<>();
		lookup("SELECT username AS k, display_name AS v FROM account WHERE username IN (:keys)", usernames, names);
		return names;
	}

	private static Set<UUID> uuids(Set<String> values) {
		Set<UUID> uuids = new HashSet<>();
		if (values != null) {
			for (String value : values) {
				try {
					uuids.add(UUID.fromString(value));
				}
				catch (IllegalArgumentException | NullPointerException e) {
					// not an identifier: the entry keeps the label it carries
				}
			}
		}
		return uuids;
	}

	private void lookup(String sql, Collection<?> keys, Map<String, String> into) {
		if (keys == null) {
			return;
		}
		List<?> present = keys.stream().filter(java.util.Objects::nonNull).toList();
		for (int from = 0; from < present.size(); from += 500) {
			jdbc.sql(sql)
				.param("keys", present.subList(from, Math.min(present.size(), from + 500)))
				.query((row, number) -> Arrays.asList(row.getString("k"), row.getString("v")))
				.list()
				.forEach(pair -> {
					if (pair.get(1) != null) {
						into.put(pair.get(0), pair.get(1));
					}
				});
		}
	}
}
