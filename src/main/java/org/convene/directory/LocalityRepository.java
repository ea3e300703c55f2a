package org.convene.directory;

import org.springframework.data.repository.ListCrudRepository;

interface LocalityRepository extends ListCrudRepository<Locality, Long> {
}
