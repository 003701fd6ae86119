package org.mediationdesk.documents;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface DocumentRepository extends ListCrudRepository<Document, UUID> {

	boolean existsBySymbolAndSymbolSpace(String symbol, String symbolSpace);
}
