package org.mediationdesk.process;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface RelatedMeetingRepository extends ListCrudRepository<RelatedMeeting, UUID> {

	List<RelatedMeeting> findByProcessIdOrderByHeldOnDesc(UUID processId);
}
