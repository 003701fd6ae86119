package org.mediationdesk.process;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface TalksProcessRepository extends ListCrudRepository<TalksProcess, UUID> {

	Optional<TalksProcess> findByCode(String code);
}
