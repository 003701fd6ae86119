package org.mediationdesk.participants;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ParticipantGroupRepository extends ListCrudRepository<ParticipantGroup, UUID> {

	List<ParticipantGroup> findAllByOrderBySortOrder();
}
