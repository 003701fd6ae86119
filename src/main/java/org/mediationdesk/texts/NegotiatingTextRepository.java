package org.mediationdesk.texts;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface NegotiatingTextRepository extends ListCrudRepository<NegotiatingText, UUID> {

	List<NegotiatingText> findAllByOrderBySymbol();

	boolean existsBySymbol(String symbol);
}
