package org.mediationdesk.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, UUID> {

	Optional<Account> findByUsername(String username);

	List<Account> findAllByOrderByUsername();

	boolean existsByRole(Role role);

	Optional<Account> findByEmail(String email);
}
