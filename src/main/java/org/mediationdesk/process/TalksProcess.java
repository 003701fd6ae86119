package org.mediationdesk.process;

import java.util.List;
import java.util.UUID;

import org.mediationdesk.shared.Localized;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** A process of talks (a forum) such as the Geneva International Discussions. */
class TalksProcess {

	@Id
	private UUID id;
	private String code;
	private String name;
	private String nameRu;
	private String venue;
	private String mandate;
	private String equalTreatment;
	private String nameKa;
	private String venueRu;
	private String venueKa;
	private String mandateRu;
	private String mandateKa;
	@Version
	private Long version;

	@PersistenceCreator
	TalksProcess() {
	}

	static TalksProcess of(String code, String name, String nameRu, String venue, String mandate,
			List<String> equalTreatment) {
		TalksProcess process = new TalksProcess();
		process.id = UUID.randomUUID();
		process.code = code;
		process.name = name;
		process.nameRu = nameRu;
		process.venue = venue;
		process.mandate = mandate;
		process.equalTreatment = equalTreatment == null ? null : String.join(",", equalTreatment);
		return process;
	}

	/** The process as a record file gives it, with its public texts in every language written. */
	static TalksProcess of(ProcessFile.ProcessEntry entry) {
		TalksProcess process = of(entry.code(), entry.name(), entry.nameRu(), entry.venue(), entry.mandate(),
				entry.equalTreatment());
		process.nameKa = entry.nameKa();
		process.venueRu = entry.venueRu();
		process.venueKa = entry.venueKa();
		process.mandateRu = entry.mandateRu();
		process.mandateKa = entry.mandateKa();
		return process;
	}

	UUID id() {
		return id;
	}

	ProcessView view() {
		return new ProcessView(id, code, name, nameRu, venue, mandate,
				equalTreatment == null || equalTreatment.isBlank() ? List.of() : List.of(equalTreatment.split(",")),
				new Localized(name, nameRu, nameKa), new Localized(venue, venueRu, venueKa),
				new Localized(mandate, mandateRu, mandateKa));
	}
}
