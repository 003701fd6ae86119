package org.mediationdesk.process;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;
import java.time.LocalDate;

interface RoundMeetingRepository extends ListCrudRepository<RoundMeeting, UUID> {

	List<RoundMeeting> findByRoundId(UUID roundId);

	List<RoundMeeting> findByHeldOn(LocalDate heldOn);

	List<RoundMeeting> findByHeldOnGreaterThanEqualOrderByHeldOnAsc(LocalDate from);
}
