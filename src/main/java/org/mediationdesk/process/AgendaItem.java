package org.mediationdesk.process;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** A standing agenda item of a working group, carried over from round to round. */
class AgendaItem {

	@Id
	private UUID id;
	private UUID processId;
	private String code;
	private WorkingGroup workingGroup;
	private String title;
	private String titleRu;
	private int sortOrder;
	private String titleKa;
	@Version
	private Long version;

	@PersistenceCreator
	AgendaItem() {
	}

	static AgendaItem of(UUID processId, String code, WorkingGroup workingGroup, String title, String titleRu,
			int sortOrder) {
		AgendaItem item = new AgendaItem();
		item.id = UUID.randomUUID();
		item.processId = processId;
		item.code = code;
		item.workingGroup = workingGroup;
		item.title = title;
		item.titleRu = titleRu;
		item.sortOrder = sortOrder;
		return item;
	}

	static AgendaItem of(UUID processId, ProcessFile.AgendaEntry entry, int sortOrder) {
		AgendaItem item = of(processId, entry.code(), entry.workingGroup(), entry.title(), entry.titleRu(), sortOrder);
		item.titleKa = entry.titleKa();
		return item;
	}

	AgendaItemView view() {
		return new AgendaItemView(id, code, workingGroup, title, titleRu, titleKa);
	}
}
