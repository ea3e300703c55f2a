package org.convene.locality;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface LocalitySeriesRepository extends ListCrudRepository<LocalitySeries, Long> {

    Optional<LocalitySeries> findByLocalityId(long localityId);

    /** As {@code ActionRepository.recordProcessInstance}: the instance's first step may be saving the series now. */
    @Modifying
    @Query("update locality_series set process_instance_key = :processInstanceKey where id = :id")
    void recordProcessInstance(long id, long processInstanceKey);
}
