package org.mediationdesk.participants;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ParticipantRepository extends ListCrudRepository<Participant, UUID> {

	List<Participant> findByGroupIdOrderByName(UUID groupId);
}
