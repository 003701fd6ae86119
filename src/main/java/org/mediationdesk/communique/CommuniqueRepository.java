package org.mediationdesk.communique;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface CommuniqueRepository extends ListCrudRepository<Communique, UUID> {

	List<Communique> findByRoundNumberOrderByEditionDesc(int roundNumber);

	List<Communique> findByStatusOrderByPublishedAtAsc(CommuniqueStatus status);
}
