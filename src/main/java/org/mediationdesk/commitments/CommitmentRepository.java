package org.mediationdesk.commitments;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface CommitmentRepository extends ListCrudRepository<Commitment, UUID> {

	Optional<Commitment> findByCode(String code);
}
