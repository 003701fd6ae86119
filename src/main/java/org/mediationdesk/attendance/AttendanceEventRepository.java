package org.mediationdesk.attendance;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface AttendanceEventRepository extends ListCrudRepository<AttendanceEvent, UUID> {

	List<AttendanceEvent> findByMeetingIdInOrderByOccurredOnAscRecordedAtAsc(Collection<UUID> meetingIds);

	List<AttendanceEvent> findAllByOrderByOccurredOnAscRecordedAtAsc();

	List<AttendanceEvent> findByMeetingId(UUID meetingId);

	boolean existsByMeetingId(UUID meetingId);
}
