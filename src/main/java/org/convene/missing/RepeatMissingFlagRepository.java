package org.convene.missing;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RepeatMissingFlagRepository extends ListCrudRepository<RepeatMissingFlag, Long> {

    List<RepeatMissingFlag> findBySubjectIdOrderById(long subjectId);

    @Query("select * from repeat_missing_flag where subject_id = any(:subjectIds) and raised_at >= :from and raised_at < :to order by raised_at")
    List<RepeatMissingFlag> findRaisedAbout(Long[] subjectIds, Instant from, Instant to);

    /** The newest flag of each child raised since {@code since}. */
    @Query("""
            select f.* from repeat_missing_flag f where f.raised_at >= :since
               and f.id = (select max(g.id) from repeat_missing_flag g where g.subject_id = f.subject_id)
            order by f.raised_at desc""")
    List<RepeatMissingFlag> findLatestSince(Instant since);
}
