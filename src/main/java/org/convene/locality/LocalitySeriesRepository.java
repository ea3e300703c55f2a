package org.convene.locality;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface LocalitySeriesRepository extends ListCrudRepository<LocalitySeries, Long> {

    Optional<LocalitySeries> findByLocalityId(long localityId);
}
