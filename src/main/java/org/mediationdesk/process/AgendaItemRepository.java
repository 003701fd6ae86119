package org.mediationdesk.process;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface AgendaItemRepository extends ListCrudRepository<AgendaItem, UUID> {

	List<AgendaItem> findByProcessIdOrderByWorkingGroupAscSortOrderAsc(UUID processId);
}
