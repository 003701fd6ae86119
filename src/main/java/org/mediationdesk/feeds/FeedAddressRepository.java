package org.mediationdesk.feeds;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface FeedAddressRepository extends ListCrudRepository<FeedAddress, UUID> {

	List<FeedAddress> findByAccountIdOrderByCreatedAtDesc(UUID accountId);

	Optional<FeedAddress> findByTokenHash(String tokenHash);
}
