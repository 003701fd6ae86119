package org.mediationdesk.process;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface RoundRepository extends ListCrudRepository<Round, UUID> {

	Optional<Round> findByProcessIdAndNumber(UUID processId, int number);

	List<Round> findByProcessIdOrderByNumber(UUID processId);
}
