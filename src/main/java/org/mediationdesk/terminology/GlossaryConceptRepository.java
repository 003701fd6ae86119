package org.mediationdesk.terminology;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface GlossaryConceptRepository extends ListCrudRepository<GlossaryConcept, UUID> {

	Optional<GlossaryConcept> findByCode(String code);

	List<GlossaryConcept> findAllByOrderByCode();
}
