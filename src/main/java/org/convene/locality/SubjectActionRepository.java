package org.convene.locality;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SubjectActionRepository extends ListCrudRepository<SubjectAction, Long> {

    /** The actions set about the series' subjects at its meetings up to a date, oldest first. */
    @Query("select * from locality_subject_action where series_id = :seriesId and meeting_date <= :upTo order by meeting_date, id")
    List<SubjectAction> findUpTo(long seriesId, LocalDate upTo);
}
