package org.convene.missing;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RepeatMissingFlagRepository extends ListCrudRepository<RepeatMissingFlag, Long> {

    List<RepeatMissingFlag> findBySubjectIdOrderById(long subjectId);

    /** The newest flag of each child raised since {@code since}. */
    @Query("""
            select f.* from repeat_missing_flag f where f.raised_at >= :since
               and f.id = (select max(g.id) from repeat_missing_flag g where g.subject_id = f.subject_id)
            order by f.raised_at desc""")
    List<RepeatMissingFlag> findLatestSince(Instant since);
}
