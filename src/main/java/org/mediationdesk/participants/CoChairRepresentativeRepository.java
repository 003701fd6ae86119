package org.mediationdesk.participants;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface CoChairRepresentativeRepository extends ListCrudRepository<CoChairRepresentative, UUID> {
}
