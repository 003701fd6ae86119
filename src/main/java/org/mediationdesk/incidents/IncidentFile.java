package org.mediationdesk.incidents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.process.FileProblems;
import org.mediationdesk.process.ProcessFile;
import org.mediationdesk.process.ProcessFile.IncidentAccountEntry;
import org.mediationdesk.process.ProcessFile.IncidentEntry;
import org.mediationdesk.process.ProcessFile.MechanismEntry;
import org.mediationdesk.shared.DeskException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incidents' part of a process record file: each incident of a mechanism's register under its public id, which
 * it keeps, with each source's account in its own words. An import also moves the mechanism's counter for the year
 * past the numbers it brought, so that an incident reported later never takes one of them.
 */
@Component
class IncidentFile {

	/** Who recorded what a file brings: the file, not a login of this installation. */
	static final String IMPORTED = "record-file";

	private static final Pattern PUBLIC_ID = Pattern.compile("([A-Z]{2,6})-(\\d{4})-(\\d{4,6})");

	private final IncidentRepository incidents;
	private final MechanismRepository mechanisms;
	private final ParticipantDirectory directory;
	private final JdbcClient jdbc;

	IncidentFile(IncidentRepository incidents, MechanismRepository mechanisms, ParticipantDirectory directory,
			JdbcClient jdbc) {
		this.incidents = incidents;
		this.mechanisms = mechanisms;
		this.directory = directory;
		this.jdbc = jdbc;
	}

	void check(ProcessFile file, FileProblems problems) {
		Set<String> codes = new HashSet<>();
		file.mechanisms().stream().map(MechanismEntry::code).filter(Objects::nonNull).forEach(codes::add);
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < file.incidents().size(); i++) {
			IncidentEntry entry = file.incidents().get(i);
			String at = "/incidents/" + i;
			Matcher id = entry.publicId() == null ? null : PUBLIC_ID.matcher(entry.publicId());
			if (id == null || !id.matches() || !id.group(1).equals(entry.mechanism())) {
				problems.add(at + "/publicId", "import.incidentId", String.valueOf(entry.publicId()));
			}
			else if (!ids.add(entry.publicId())) {
				problems.add(at + "/publicId", "import.duplicate", entry.publicId());
			}
			if (entry.mechanism() == null || !codes.contains(entry.mechanism())) {
				problems.add(at + "/mechanism", "import.incidentMechanism", String.valueOf(entry.mechanism()));
			}
			MechanismFile.oneOf(at + "/kind", entry.kind(), IncidentKind.class, true, problems);
			for (int k = 0; k < entry.alsoKinds().size(); k++) {
				MechanismFile.oneOf(at + "/alsoKinds/" + k, entry.alsoKinds().get(k), IncidentKind.class, true, problems);
			}
			problems.required(at + "/occurredAt", entry.occurredAt());
			problems.required(at + "/reportedAt", entry.reportedAt());
			MechanismFile.oneOf(at + "/timePrecision", entry.timePrecision(), TimePrecision.class, true, problems);
			MechanismFile.oneOf(at + "/placePrecision", entry.placePrecision(), PlacePrecision.class, true, problems);
			MechanismFile.oneOf(at + "/state", entry.state(), ReviewState.class, true, problems);
			problems.text(at + "/place", entry.place(), true, 200);
			problems.text(at + "/actor1", entry.actor1(), false, 200);
			problems.text(at + "/actor2", entry.actor2(), false, 200);
			problems.text(at + "/closingOutcome", entry.closingOutcome(), false, 1000);
			checkAccounts(at, entry.accounts(), problems);
		}
	}

	private void checkAccounts(String at, List<IncidentAccountEntry> accounts, FileProblems problems) {
		if (accounts.isEmpty()) {
			problems.add(at + "/accounts", "import.incidentAccounts");
		}
		Set<String> sources = new HashSet<>();
		for (int a = 0; a < accounts.size(); a++) {
			IncidentAccountEntry account = accounts.get(a);
			String here = at + "/accounts/" + a;
			if (account.group() != null && directory.groupByCode(account.group()).isEmpty()) {
				problems.add(here + "/group", "import.unknownGroup", account.group());
			}
			if (!sources.add(String.valueOf(account.group()))) {
				problems.add(here + "/group", "import.duplicate", String.valueOf(account.group()));
			}
			problems.text(here + "/text", account.text(), true, 4000);
			problems.text(here + "/responsible", account.responsible(), false, 500);
			problems.text(here + "/sources", account.sources(), false, 2000);
			problems.required(here + "/givenAt", account.givenAt());
		}
	}

	/** Records the incidents of a checked file (after its mechanisms); returns how many. */
	@Transactional
	int load(ProcessFile file) {
		for (IncidentEntry entry : file.incidents()) {
			if (incidents.findByPublicId(entry.publicId()).isPresent()) {
				throw new DeskException.Conflict("incidents.publicIdTaken", entry.publicId());
			}
			Mechanism mechanism = mechanisms.findByCode(entry.mechanism()).orElseThrow(DeskException.NotFound::new);
			Occurrence occurrence = new Occurrence(IncidentKind.valueOf(entry.kind()),
					entry.alsoKinds().stream().map(IncidentKind::valueOf).toList(), entry.occurredAt(),
					TimePrecision.valueOf(entry.timePrecision()), new Place(entry.place(),
							PlacePrecision.valueOf(entry.placePrecision()), entry.latitude(), entry.longitude()),
					entry.actor1(), entry.actor2());
			List<IncidentStatement> accounts = entry.accounts().stream().map(this::statement).toList();
			incidents.save(Incident.recorded(entry.publicId(), mechanism.id(), occurrence,
					ReviewState.valueOf(entry.state()), entry.closingOutcome(), IMPORTED, entry.reportedAt(), accounts));
			Matcher id = PUBLIC_ID.matcher(entry.publicId());
			if (id.matches()) {
				numberTaken(mechanism.id(), Integer.parseInt(id.group(2)), Integer.parseInt(id.group(3)));
			}
		}
		return file.incidents().size();
	}

	private IncidentStatement statement(IncidentAccountEntry account) {
		UUID group = account.group() == null ? null : directory.groupByCode(account.group()).orElseThrow().id();
		return new IncidentStatement(group, account.text(), account.responsible(), account.sources(), account.deadLow(),
				account.deadBest(), account.deadHigh(), account.woundedLow(), account.woundedBest(), account.woundedHigh(),
				account.detainedLow(), account.detainedBest(), account.detainedHigh(), IMPORTED, account.givenAt(), null);
	}

	/** Moves the mechanism's counter for the year to the number, if it stands lower. */
	private void numberTaken(UUID mechanism, int year, int number) {
		int moved = jdbc.sql("UPDATE incident_number SET last_number = :number"
				+ " WHERE mechanism_id = :mechanism AND for_year = :year AND last_number < :number")
			.param("mechanism", mechanism).param("year", year).param("number", number).update();
		Integer present = jdbc.sql("SELECT COUNT(*) FROM incident_number WHERE mechanism_id = :mechanism AND for_year = :year")
			.param("mechanism", mechanism).param("year", year).query(Integer.class).single();
		if (moved == 0 && present == 0) {
			jdbc.sql("INSERT INTO incident_number (mechanism_id, for_year, last_number) VALUES (:mechanism, :year, :number)")
				.param("mechanism", mechanism).param("year", year).param("number", number).update();
		}
	}

	@Transactional(readOnly = true)
	List<IncidentEntry> export() {
		List<IncidentEntry> entries = new ArrayList<>();
		// a duplicate merged into another has given it its accounts: the one it went into carries them
		for (Incident incident : incidents.findAll().stream().filter(incident -> incident.mergedInto() == null)
			.sorted(Comparator.comparing(Incident::publicId)).toList()) {
			String mechanism = mechanisms.findById(incident.mechanismId()).map(Mechanism::code).orElse(null);
			Place place = incident.place();
			entries.add(new IncidentEntry(incident.publicId(), mechanism, incident.kind().name(),
					incident.otherKinds().stream().map(IncidentKind::name).toList(), incident.occurredAt(),
					incident.timePrecision().name(), place.name(), place.precision().name(), place.lat(), place.lon(),
					incident.actor1(), incident.actor2(), incident.state().name(), incident.closingOutcome(),
					incident.reportedAt(), incident.statements().stream().map(this::entry).toList()));
		}
		return entries;
	}

	private IncidentAccountEntry entry(IncidentStatement s) {
		String group = s.groupId() == null ? null : directory.group(s.groupId()).map(GroupView::code).orElse(null);
		return new IncidentAccountEntry(group, s.text(), s.responsible(), s.sources(), s.deadLow(), s.deadBest(),
				s.deadHigh(), s.woundedLow(), s.woundedBest(), s.woundedHigh(), s.detainedLow(), s.detainedBest(),
				s.detainedHigh(), s.givenAt());
	}
}
