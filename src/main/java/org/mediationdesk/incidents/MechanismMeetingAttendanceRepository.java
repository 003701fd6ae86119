package org.mediationdesk.incidents;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface MechanismMeetingAttendanceRepository extends ListCrudRepository<MechanismMeetingAttendance, UUID> {
}
