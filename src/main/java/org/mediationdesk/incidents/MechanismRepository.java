package org.mediationdesk.incidents;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface MechanismRepository extends ListCrudRepository<Mechanism, UUID> {

	Optional<Mechanism> findByCode(String code);
}
