package org.mediationdesk.incidents;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface MechanismMeetingRepository extends ListCrudRepository<MechanismMeeting, UUID> {

	List<MechanismMeeting> findByMechanismIdOrderByHeldOnDesc(UUID mechanismId);
}
