package org.mediationdesk.formats;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface FormatConditionRepository extends ListCrudRepository<FormatCondition, UUID> {

	/** The conditions in force. */
	List<FormatCondition> findByWithdrawnAtIsNullOrderByCode();

	Optional<FormatCondition> findByCodeAndWithdrawnAtIsNull(String code);
}
