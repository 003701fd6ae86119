package org.mediationdesk.attendance;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface MeetingAttendanceRepository extends ListCrudRepository<MeetingAttendance, UUID> {
}
