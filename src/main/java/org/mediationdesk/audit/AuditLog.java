package org.mediationdesk.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.mediationdesk.audit.ChainStatus.Reason;
import org.mediationdesk.confidentiality.AccessPolicy;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceKind;
import org.mediationdesk.confidentiality.AudienceScoped;
import org.mediationdesk.confidentiality.CurrentAudiences;
import org.mediationdesk.confidentiality.SqlPredicate;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.AuditableEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Appends every auditable event to the chain, in the transaction of the change it records, so that a
 * change and its entry are stored together or not at all. Appends are serialised by locking the chain's
 * head row.
 */
@Component
public class AuditLog {

	static final int PAGE_SIZE = 50;

	private static final String ENTRIES = "audit_entry a";
	private static final int VERIFY_BATCH = 1000;

	private final JdbcClient jdbc;
	private final AccessPolicy policy;
	private final List<CurrentAudiences> currentAudiences;
	private final Clock clock;

	/**
	 * @param currentAudiences the modules that tell the audience their objects have now (documents): the entries
	 *        about such an object are shown under that audience, not the one recorded with them
	 */
	AuditLog(JdbcClient jdbc, AccessPolicy policy, List<CurrentAudiences> currentAudiences, Clock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.currentAudiences = currentAudiences;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRED)
	public void on(AuditableEvent event) {
		Audience audience = event instanceof AudienceScoped scoped ? scoped.audience() : null;
		append(event.actor(), event.action(), event.objectType(), event.objectId(), audience, event.detail());
	}

	@EventListener
	@Transactional
	public void on(AuthenticationSuccessEvent event) {
		append(event.getAuthentication().getName(), "login.succeeded", "session", event.getAuthentication().getName(),
				null, "");
	}

	@EventListener
	@Transactional
	public void on(AbstractAuthenticationFailureEvent event) {
		String name = String.valueOf(event.getAuthentication().getName());
		append(name, "login.failed", "session", name, null, event.getException().getClass().getSimpleName());
	}

	private void append(String actor, String action, String objectType, String objectId, Audience audience,
			String detail) {
		Map<String, Object> head = jdbc.sql("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
			.query()
			.singleRow();
		long seq = ((Number) head.get("last_seq")).longValue() + 1;
		AuditEntry entry = AuditEntry.chain(seq, clock.instant().truncatedTo(ChronoUnit.MICROS), limit(actor, 100),
				action, objectType, limit(objectId, 100), audience == null ? null : audience.kind().name(),
				audience == null ? null : audience.group(), limit(detail, 1000), (String) head.get("last_hash"));
		jdbc.sql("INSERT INTO audit_entry (seq, occurred_at, actor, action, object_type, object_id, audience_kind,"
				+ " audience_group, detail, previous_hash, hash) VALUES (:seq, :at, :actor, :action, :objectType,"
				+ " :objectId, :audienceKind, :audienceGroup, :detail, :previousHash, :hash)")
			.param("seq", entry.seq())
			.param("at", OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC))
			.param("actor", entry.actor())
			.param("action", entry.action())
			.param("objectType", entry.objectType())
			.param("objectId", entry.objectId())
			.param("audienceKind", entry.audienceKind())
			.param("audienceGroup", entry.audienceGroup())
			.param("detail", entry.detail())
			.param("previousHash", entry.previousHash())
			.param("hash", entry.hash())
			.update();
		jdbc.sql("UPDATE audit_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
			.param("seq", entry.seq())
			.param("hash", entry.hash())
			.update();
	}

	/**
	 * An entry of the audit module's own making, in a transaction of its own: the operator's starting a lost
	 * checkpoint file anew ({@link Checkpoints#startNewFile}).
	 */
	@Transactional
	void record(String actor, String action, String objectType, String objectId, String detail) {
		append(actor, action, objectType, objectId, null, detail);
	}

	private static String limit(String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}

	/** The last entry's sequence number and hash (0 and the genesis hash while the log is empty). */
	record Head(long seq, String hash) {
	}

	@Transactional(readOnly = true)
	Head head() {
		Map<String, Object> head = jdbc.sql("SELECT last_seq, last_hash FROM audit_head WHERE id = 1").query().singleRow();
		return new Head(((Number) head.get("last_seq")).longValue(), (String) head.get("last_hash"));
	}

	/** The chain hash stored with an entry, if the entry is there. */
	@Transactional(readOnly = true)
	Optional<String> hashAt(long seq) {
		return jdbc.sql("SELECT hash FROM audit_entry WHERE seq = :seq").param("seq", seq).query(String.class).optional();
	}

	/** Recomputes the whole chain from the first entry and compares it with the head. */
	@Transactional(readOnly = true)
	public ChainStatus verify() {
		// the head first: entries appended while the chain is being checked are left for the next check
		Head head = head();
		Walk walk = walk(0, AuditEntry.GENESIS, head.seq());
		if (!walk.status().intact()) {
			return walk.status();
		}
		long count = walk.status().entries();
		if (head.seq() != count || !walk.lastHash().equals(head.hash())) {
			return ChainStatus.broken(count, count + 1, Math.max(count + 1, head.seq()),
					Reason.of("audit.reason.removedFromEnd", "entries were removed from the end of the log (the head names entry " + head.seq() + ")", head.seq()));
		}
		// an append writes its entry and the head together, so a committed entry is never beyond the head
		long highest = jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM audit_entry").query(Long.class).single();
		long headNow = jdbc.sql("SELECT last_seq FROM audit_head WHERE id = 1").query(Long.class).single();
		if (highest > headNow) {
			return ChainStatus.broken(count, headNow + 1, highest, Reason.of("audit.reason.addedOutside", "entries were added outside the chain"));
		}
		return ChainStatus.intact(count);
	}

	/**
	 * Recomputes the entries after a signed one (its sequence number and hash) up to {@code lastSeq}: the signed
	 * entry must still carry its hash, and each later entry must follow from it. What a new checkpoint vouches for
	 * beyond the previous one.
	 */
	@Transactional(readOnly = true)
	ChainStatus verifySince(long signedSeq, String signedHash, long lastSeq) {
		if (signedSeq > 0) {
			AuditEntry signed = jdbc.sql("SELECT * FROM audit_entry WHERE seq = :seq").param("seq", signedSeq)
				.query(AuditLog::entry)
				.optional()
				.orElse(null);
			if (signed == null) {
				return ChainStatus.broken(0, signedSeq, Reason.of("audit.reason.checkpointEntryMissing", "the entry of the last checkpoint is missing"));
			}
			if (!signed.hash().equals(signedHash) || !signed.computeHash().equals(signed.hash())) {
				return ChainStatus.broken(0, signedSeq, Reason.of("audit.reason.checkpointEntryChanged", "the entry of the last checkpoint was changed"));
			}
		}
		ChainStatus walked = walk(signedSeq, signedHash, lastSeq).status();
		if (walked.intact() && walked.entries() != lastSeq) {
			return ChainStatus.broken(walked.entries(), walked.entries() + 1, lastSeq, Reason.of("audit.reason.entriesMissing", "entries are missing"));
		}
		return walked;
	}

	/** How far a walk along the chain got, and the hash of the last entry it found. */
	private record Walk(ChainStatus status, String lastHash) {
	}

	/** Walks the entries after {@code fromSeq} up to {@code lastSeq}; the status counts the entries up to the last one found. */
	private Walk walk(long fromSeq, String fromHash, long lastSeq) {
		String previousHash = fromHash;
		long expectedSeq = fromSeq + 1;
		while (true) {
			List<AuditEntry> batch = jdbc
				.sql("SELECT * FROM audit_entry WHERE seq >= :from AND seq <= :last ORDER BY seq LIMIT :limit")
				.param("from", expectedSeq)
				.param("last", lastSeq)
				.param("limit", VERIFY_BATCH)
				.query(AuditLog::entry)
				.list();
			for (AuditEntry entry : batch) {
				if (entry.seq() != expectedSeq) {
					return new Walk(ChainStatus.broken(expectedSeq - 1, expectedSeq, entry.seq() - 1,
							expectedSeq == entry.seq() - 1 ? Reason.of("audit.reason.entryMissing", "entry is missing") : Reason.of("audit.reason.entriesMissing", "entries are missing")), previousHash);
				}
				if (!previousHash.equals(entry.previousHash())) {
					return new Walk(ChainStatus.broken(expectedSeq - 1, entry.seq(), Reason.of("audit.reason.previousHash", "previous hash does not match")), previousHash);
				}
				if (!entry.computeHash().equals(entry.hash())) {
					return new Walk(ChainStatus.broken(expectedSeq - 1, entry.seq(), Reason.of("audit.reason.contentHash", "content does not match its hash")),
							previousHash);
				}
				previousHash = entry.hash();
				expectedSeq++;
			}
			if (batch.size() < VERIFY_BATCH) {
				break;
			}
		}
		return new Walk(ChainStatus.intact(expectedSeq - 1), previousHash);
	}

	private static AuditEntry entry(ResultSet row, int number) throws SQLException {
		return new AuditEntry(row.getLong("seq"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				row.getString("actor"), row.getString("action"), row.getString("object_type"), row.getString("object_id"),
				row.getString("audience_kind"), row.getObject("audience_group", UUID.class), row.getString("detail"),
				row.getString("previous_hash"), row.getString("hash"));
	}

	/**
	 * A page of the log for an administrator, newest first: account and login entries, and entries about
	 * objects the administrator may see, as the filter narrows them; of every other entry only that it is there, when
	 * and its hash ({@link AuditView#withheld}): the administrator keeps the chain and sees that something happened and
	 * when, never who did what about what. A filter by person, action or object leaves those out.
	 */
	@Transactional(readOnly = true)
	List<AuditView> page(Viewer viewer, AuditFilter filter, int page) {
		Map<String, Object> parameters = visibleEntries(viewer, filter);
		String where = (String) parameters.remove("where");
		parameters.put("limit", PAGE_SIZE);
		parameters.put("offset", (long) Math.max(0, page) * PAGE_SIZE);
		return jdbc.sql("SELECT a.*, " + shown(parameters) + " FROM " + ENTRIES + " WHERE " + where
				+ " ORDER BY a.seq DESC LIMIT :limit OFFSET :offset")
			.params(parameters)
			.query(AuditLog::view)
			.list();
	}

	/** Every entry the filter selects that the viewer may see, newest first, in batches: for the export. */
	@Transactional(readOnly = true)
	void each(Viewer viewer, AuditFilter filter, Consumer<List<AuditView>> batches) {
		long before = Long.MAX_VALUE;
		while (true) {
			Map<String, Object> parameters = visibleEntries(viewer, filter);
			String where = (String) parameters.remove("where");
			parameters.put("before", before);
			parameters.put("limit", VERIFY_BATCH);
			List<AuditView> batch = jdbc.sql("SELECT a.*, " + shown(parameters) + " FROM " + ENTRIES + " WHERE " + where
					+ " AND a.seq < :before ORDER BY a.seq DESC LIMIT :limit")
				.params(parameters)
				.query(AuditLog::view)
				.list();
			if (batch.isEmpty()) {
				return;
			}
			batches.accept(batch);
			before = batch.get(batch.size() - 1).seq();
		}
	}

	@Transactional(readOnly = true)
	public long count(Viewer viewer) {
		return count(viewer, AuditFilter.NONE);
	}

	@Transactional(readOnly = true)
	long count(Viewer viewer, AuditFilter filter) {
		Map<String, Object> parameters = visibleEntries(viewer, filter);
		String where = (String) parameters.remove("where");
		parameters.remove("visible");
		return jdbc.sql("SELECT COUNT(*) FROM " + ENTRIES + " WHERE " + where)
			.params(parameters)
			.query(Long.class)
			.single();
	}

	/** Who acted in the entries the viewer may see, and what kinds of action and object they name: the filter's choices. */
	@Transactional(readOnly = true)
	List<String> distinct(Viewer viewer, String column) {
		if (!List.of("actor", "action", "object_type").contains(column)) {
			throw new IllegalArgumentException(column);
		}
		Map<String, Object> parameters = visibleEntries(viewer, AuditFilter.NONE);
		parameters.remove("where");
		String where = (String) parameters.remove("visible"); // never the choices of an entry withheld
		return jdbc.sql("SELECT DISTINCT a." + column + " FROM " + ENTRIES + " WHERE " + where
				+ " AND a." + column + " IS NOT NULL ORDER BY a." + column + " LIMIT 500")
			.params(parameters)
			.query(String.class)
			.list();
	}

	private static AuditView view(ResultSet row, int number) throws SQLException {
		if (row.getInt("shown") == 0) {
			return AuditView.withheld(row.getLong("seq"),
					row.getObject("occurred_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
					row.getString("hash"));
		}
		return new AuditView(row.getLong("seq"),
				row.getObject("occurred_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
				row.getString("actor"), row.getString("action"), row.getString("object_type"), row.getString("object_id"),
				row.getString("audience_kind"), row.getString("detail"), row.getString("hash"));
	}

	private Map<String, Object> visibleEntries(Viewer viewer, AuditFilter filter) {
		viewer.requireAdmin();
		SqlPredicate recorded = policy.visibleTo(viewer, "a");
		Map<String, Object> parameters = new HashMap<>(recorded.parameters());
		StringBuilder where = new StringBuilder("(a.audience_kind IS NULL OR (" + recorded.sql());
		StringBuilder shown = new StringBuilder();
		for (int i = 0; i < currentAudiences.size(); i++) {
			Crossings crossings = crossings(viewer, currentAudiences.get(i));
			parameters.put("ownedType" + i, currentAudiences.get(i).objectType());
			if (!crossings.hidden().isEmpty()) {
				where.append(" AND NOT (a.object_type = :ownedType" + i + " AND a.object_id IN (:hidden" + i + "))");
				parameters.put("hidden" + i, crossings.hidden());
			}
			if (!crossings.shown().isEmpty()) {
				shown.append(" OR (a.object_type = :ownedType" + i + " AND a.object_id IN (:shown" + i + "))");
				parameters.put("shown" + i, crossings.shown());
			}
		}
		where.append(")").append(shown).append(")");
		String visible = where.toString();
		parameters.put("visible", visible);
		// an entry the viewer may not see keeps its place, its time and its hash, unless the filter asks who, what or
		// about what: then it is left out, so that the filter says nothing of it
		boolean narrowed = filter.person() != null || filter.action() != null || filter.object() != null
				|| filter.objectId() != null;
		where.setLength(0);
		where.append(narrowed ? visible : "1 = 1");
		if (filter.person() != null) {
			where.append(" AND a.actor = :filterPerson");
			parameters.put("filterPerson", filter.person());
		}
		if (filter.action() != null) {
			where.append(" AND a.action = :filterAction");
			parameters.put("filterAction", filter.action());
		}
		if (filter.object() != null) {
			where.append(" AND a.object_type = :filterObject");
			parameters.put("filterObject", filter.object());
		}
		if (filter.objectId() != null) {
			where.append(" AND a.object_id = :filterObjectId");
			parameters.put("filterObjectId", filter.objectId());
		}
		if (filter.fromDay() != null) {
			where.append(" AND a.occurred_at >= :filterFrom");
			parameters.put("filterFrom", filter.fromDay().atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		if (filter.toDay() != null) {
			where.append(" AND a.occurred_at < :filterTo");
			parameters.put("filterTo", filter.toDay().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		parameters.put("where", where.toString());
		return parameters;
	}

	/** The column that says whether the viewer may see an entry (1) or only that it is there and when (0). */
	private static String shown(Map<String, Object> parameters) {
		return "CASE WHEN " + parameters.remove("visible") + " THEN 1 ELSE 0 END AS shown";
	}

	/**
	 * The objects whose audience now lets the viewer see what their entries recorded under another audience hid
	 * ({@code shown}), or hides what was recorded in view ({@code hidden}): a document taken back from the public
	 * takes its history with it, one opened to the viewer brings its history along. Only objects whose audience
	 * changed across what the viewer may see are named, so the lists stay short; an object that is no longer
	 * there keeps the audiences recorded.
	 */
	private record Crossings(Set<String> shown, Set<String> hidden) {
	}

	private Crossings crossings(Viewer viewer, CurrentAudiences owner) {
		Map<String, Set<Audience>> recordedUnder = new HashMap<>();
		jdbc.sql("SELECT DISTINCT object_id, audience_kind, audience_group FROM audit_entry WHERE object_type = :type"
				+ " AND object_id IS NOT NULL AND audience_kind IS NOT NULL")
			.param("type", owner.objectType())
			.query((row, number) -> Map.entry(row.getString("object_id"),
					audience(row.getString("audience_kind"), row.getObject("audience_group", UUID.class))))
			.list()
			.forEach(recorded -> recorded.getValue().ifPresent(
					audience -> recordedUnder.computeIfAbsent(recorded.getKey(), id -> new HashSet<>()).add(audience)));
		Set<String> shown = new HashSet<>();
		Set<String> hidden = new HashSet<>();
		if (recordedUnder.isEmpty()) {
			return new Crossings(shown, hidden);
		}
		Map<String, Audience> now = owner.audiences(recordedUnder.keySet());
		recordedUnder.forEach((id, audiences) -> {
			Audience current = now.get(id);
			if (current == null) {
				return;
			}
			boolean visibleNow = policy.maySee(viewer, current);
			for (Audience then : audiences) {
				if (policy.maySee(viewer, then) != visibleNow) {
					(visibleNow ? shown : hidden).add(id);
				}
			}
		});
		return new Crossings(shown, hidden);
	}

	/** An audience as recorded; one that no longer reads as one is shown to nobody, as the SQL predicate does. */
	private static Optional<Audience> audience(String kind, UUID group) {
		try {
			return Optional.of(new Audience(AudienceKind.valueOf(kind), group));
		}
		catch (RuntimeException notAnAudience) {
			return Optional.empty();
		}
	}
}
