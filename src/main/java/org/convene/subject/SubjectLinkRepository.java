package org.convene.subject;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SubjectLinkRepository extends ListCrudRepository<SubjectLink, Long> {

    @Query("select * from subject_link where from_subject_id = :subjectId or to_subject_id = :subjectId order by id")
    List<SubjectLink> findBySubject(long subjectId);
}
