package org.mediationdesk.process;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface RoundSessionRepository extends ListCrudRepository<RoundSession, UUID> {

	List<RoundSession> findByRoundId(UUID roundId);
}
