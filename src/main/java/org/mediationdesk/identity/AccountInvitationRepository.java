package org.mediationdesk.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface AccountInvitationRepository extends ListCrudRepository<AccountInvitation, UUID> {

	Optional<AccountInvitation> findByTokenHash(String tokenHash);

	List<AccountInvitation> findByAccountId(UUID accountId);
}
