package org.mediationdesk.board;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface SpeakerListRepository extends CrudRepository<SpeakerList, UUID> {

	Optional<SpeakerList> findByMeetingIdAndAgendaItem(UUID meetingId, String agendaItem);
}
