package org.mediationdesk.statements;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface StatementRepository extends ListCrudRepository<Statement, UUID> {

	List<Statement> findByRoundIdOrderByPublishedAsc(UUID roundId);
}
