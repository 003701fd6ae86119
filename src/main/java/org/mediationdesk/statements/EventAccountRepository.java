package org.mediationdesk.statements;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface EventAccountRepository extends ListCrudRepository<EventAccount, UUID> {

	List<EventAccount> findByRoundIdOrderByPublishedAsc(UUID roundId);
}
