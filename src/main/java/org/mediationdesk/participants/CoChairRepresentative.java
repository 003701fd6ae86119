package org.mediationdesk.participants;

import org.mediationdesk.shared.Localized;
import java.util.UUID;

import org.mediationdesk.shared.Institution;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** A person who held the co-chair's office for an institution, with the period seen in public records. */
class CoChairRepresentative {

	@Id
	private UUID id;
	private Institution institution;
	private String name;
	private String title;
	private String period;
	private String titleRu;
	private String titleKa;
	@Version
	private Long version;

	@PersistenceCreator
	CoChairRepresentative() {
	}

	static CoChairRepresentative of(Institution institution, String name, String title, String period) {
		CoChairRepresentative representative = new CoChairRepresentative();
		representative.id = UUID.randomUUID();
		representative.institution = institution;
		representative.name = name;
		representative.title = title;
		representative.period = period;
		return representative;
	}

	/** The representative with the title's Russian and Georgian versions. */
	CoChairRepresentative translated(String russian, String georgian) {
		titleRu = russian;
		titleKa = georgian;
		return this;
	}

	RepresentativeView view() {
		return new RepresentativeView(id, institution, name, title, period, new Localized(title, titleRu, titleKa));
	}
}
