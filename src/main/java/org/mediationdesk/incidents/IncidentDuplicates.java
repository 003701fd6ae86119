package org.mediationdesk.incidents;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.incidents.IncidentEvent.IncidentMerged;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Likely duplicates in a register, for the co-chairs and secretariat to look at: incidents of the same mechanism and
 * kind, within {@link #WITHIN} of each other, at the same place name or, both with coordinates, within
 * {@link #NEAR_KM} km. A person merges one into the other after a confirmation: the one kept keeps its public id
 * and takes in every account of the other; the other's public id leads to it.
 */
@Service
public class IncidentDuplicates {

	static final Duration WITHIN = Duration.ofDays(2);
	static final double NEAR_KM = 5.0;

	private final IncidentRegister register;
	private final IncidentRepository incidents;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	IncidentDuplicates(IncidentRegister register, IncidentRepository incidents, JdbcClient jdbc,
			ApplicationEventPublisher events) {
		this.register = register;
		this.incidents = incidents;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** The likely duplicates of an incident, the earliest first: for the co-chairs and secretariat, none for others. */
	@Transactional(readOnly = true)
	public List<IncidentRef> of(Viewer viewer, IncidentView incident) {
		if (!viewer.isMediator() || incident.state() == ReviewState.CLOSED) {
			return List.of();
		}
		return candidates(incident);
	}

	/** Which incidents of a page of the register have a likely duplicate: for the co-chairs and secretariat. */
	@Transactional(readOnly = true)
	public Set<String> flagged(Viewer viewer, List<IncidentView> page) {
		Set<String> flagged = new HashSet<>();
		if (viewer.isMediator()) {
			page.stream().filter(incident -> incident.state() != ReviewState.CLOSED && !candidates(incident).isEmpty())
				.forEach(incident -> flagged.add(incident.publicId()));
		}
		return flagged;
	}

	/**
	 * Merges a duplicate into another incident of its mechanism (co-chairs and secretariat): the other keeps its
	 * public id and takes in every account; the duplicate's public id leads to it from now on.
	 */
	@Transactional
	public IncidentView merge(Viewer viewer, String duplicateId, String intoId, LanguageCode language) {
		viewer.requireMediator();
		if (intoId == null || intoId.isBlank()) {
			throw new DeskException.Invalid("incidents.mergeTarget");
		}
		Incident duplicate = register.load(viewer, duplicateId);
		if (!duplicate.publicId().equalsIgnoreCase(duplicateId.strip()) && !duplicate.id().toString().equals(duplicateId.strip())) {
			throw new DeskException.Conflict("incidents.alreadyMerged", duplicateId.strip().toUpperCase(Locale.ROOT),
					duplicate.publicId());
		}
		Incident kept = register.load(viewer, intoId);
		kept.absorb(duplicate);
		incidents.save(duplicate);
		incidents.save(kept);
		events.publishEvent(new IncidentMerged(viewer.username(), kept.id(), kept.publicId(), duplicate.id(),
				duplicate.publicId()));
		return register.view(viewer, kept, language);
	}

	private List<IncidentRef> candidates(IncidentView incident) {
		OffsetDateTime at = OffsetDateTime.ofInstant(incident.occurredAt(), ZoneOffset.UTC);
		return jdbc.sql("SELECT public_id, kind, place_name, state, latitude, longitude FROM incident"
				+ " WHERE mechanism_id = :mechanism AND kind = :kind AND merged_into IS NULL AND id <> :id"
				+ " AND state <> 'CLOSED' AND occurred_at BETWEEN :from AND :to ORDER BY occurred_at, public_id")
			.param("mechanism", incident.mechanismId()).param("kind", incident.kind().name())
			.param("id", incident.id()).param("from", at.minus(WITHIN)).param("to", at.plus(WITHIN))
			.query((rs, row) -> new Candidate(new IncidentRef(rs.getString(1), IncidentKind.valueOf(rs.getString(2)),
					rs.getString(3), ReviewState.valueOf(rs.getString(4))), new Place(rs.getString(3), null,
							rs.getObject(5, Double.class), rs.getObject(6, Double.class))))
			.list().stream().filter(candidate -> samePlace(incident.place(), candidate.place()))
			.map(Candidate::incident).toList();
	}

	private record Candidate(IncidentRef incident, Place place) {
	}

	/** The same place name (whatever the case and spaces), or both with coordinates within {@link #NEAR_KM} km. */
	static boolean samePlace(Place one, Place other) {
		if (one.name() != null && other.name() != null
				&& one.name().strip().equalsIgnoreCase(other.name().strip())) {
			return true;
		}
		return one.lat() != null && one.lon() != null && other.lat() != null && other.lon() != null
				&& kilometres(one.lat(), one.lon(), other.lat(), other.lon()) <= NEAR_KM;
	}

	/** The great-circle distance (haversine, on a sphere of 6,371 km). */
	static double kilometres(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
	}
}
