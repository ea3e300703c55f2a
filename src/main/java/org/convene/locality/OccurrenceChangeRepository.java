package org.convene.locality;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface OccurrenceChangeRepository extends ListCrudRepository<OccurrenceChange, Long> {

    List<OccurrenceChange> findBySeriesId(long seriesId);

    Optional<OccurrenceChange> findBySeriesIdAndOriginalDate(long seriesId, LocalDate originalDate);
}
