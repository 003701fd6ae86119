package org.mediationdesk.formats;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface FormatConditionRepository extends ListCrudRepository<FormatCondition, UUID> {

	List<FormatCondition> findAllByOrderByCode();

	Optional<FormatCondition> findByCode(String code);
}
