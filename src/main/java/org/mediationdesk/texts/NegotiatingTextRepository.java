package org.mediationdesk.texts;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The texts' own rows; their provisions and wordings are read and written beside them by {@link TextStore}. */
interface NegotiatingTextRepository extends ListCrudRepository<NegotiatingText, UUID> {

	List<NegotiatingText> findAllByOrderBySymbol();

	boolean existsBySymbol(String symbol);
}
