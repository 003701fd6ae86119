package org.mediationdesk.hotline;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ActivationRepository extends ListCrudRepository<Activation, UUID> {

	List<Activation> findByMechanismIdOrderByActivatedAtDesc(UUID mechanismId);
}
