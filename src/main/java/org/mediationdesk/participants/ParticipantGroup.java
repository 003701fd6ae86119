package org.mediationdesk.participants;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** The participants who come from one place, named neutrally. */
class ParticipantGroup {

	@Id
	private UUID id;
	private String code;
	private String label;
	private String labelRu;
	private String labelKa;
	private int sortOrder;
	@Version
	private Long version;

	@PersistenceCreator
	ParticipantGroup() {
	}

	static ParticipantGroup of(String code, String label, String labelRu, String labelKa, int sortOrder) {
		ParticipantGroup group = new ParticipantGroup();
		group.id = UUID.randomUUID();
		group.code = code;
		group.label = label;
		group.labelRu = labelRu;
		group.labelKa = labelKa;
		group.sortOrder = sortOrder;
		return group;
	}

	GroupView view() {
		return new GroupView(id, code, label, labelRu, labelKa);
	}
}
