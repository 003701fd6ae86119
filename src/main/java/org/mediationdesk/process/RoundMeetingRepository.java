package org.mediationdesk.process;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface RoundMeetingRepository extends ListCrudRepository<RoundMeeting, UUID> {

	List<RoundMeeting> findByRoundId(UUID roundId);

	List<RoundMeeting> findByHeldOn(java.time.LocalDate heldOn);

	List<RoundMeeting> findByHeldOnGreaterThanEqualOrderByHeldOnAsc(java.time.LocalDate from);
}
