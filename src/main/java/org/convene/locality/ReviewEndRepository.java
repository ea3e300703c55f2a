package org.convene.locality;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ReviewEndRepository extends ListCrudRepository<ReviewEnd, Long> {

    @Query("select * from locality_review_end where series_id = :seriesId and meeting_date <= :upTo order by meeting_date, id")
    List<ReviewEnd> findUpTo(long seriesId, LocalDate upTo);

    List<ReviewEnd> findBySeriesIdAndSubjectId(long seriesId, long subjectId);
}
