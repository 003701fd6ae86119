package org.mediationdesk.incidents;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which rows of the register a filter picks, as SQL: the incidents of the given mechanisms (those the viewer sees),
 * of one kind, from and to a day (in UTC), never one merged into another. The list and the exports share it, so
 * that an export holds what the list shows.
 */
record IncidentWhere(String sql, Map<String, Object> params) {

	/** {@code FROM incident WHERE …}: {@code mechanisms} are never empty. */
	static IncidentWhere of(List<UUID> mechanisms, IncidentFilter filter) {
		IncidentFilter wanted = filter == null ? IncidentFilter.none() : filter;
		StringBuilder where = new StringBuilder(" FROM incident WHERE mechanism_id IN (:mechanisms) AND merged_into IS NULL");
		Map<String, Object> params = new HashMap<>(Map.of("mechanisms", mechanisms));
		if (wanted.kind() != null) {
			where.append(" AND kind = :kind");
			params.put("kind", wanted.kind().name());
		}
		if (wanted.from() != null) {
			where.append(" AND occurred_at >= :from");
			params.put("from", OffsetDateTime.of(wanted.from().atStartOfDay(), ZoneOffset.UTC));
		}
		if (wanted.to() != null) {
			where.append(" AND occurred_at < :to");
			params.put("to", OffsetDateTime.of(wanted.to().plusDays(1).atStartOfDay(), ZoneOffset.UTC));
		}
		return new IncidentWhere(where.toString(), params);
	}
}
