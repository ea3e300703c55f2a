package org.convene.assessment;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ContextAssessmentRepository extends ListCrudRepository<ContextAssessment, Long> {

    @Query("select * from context_assessment where closed_at is null order by due_date, id")
    List<ContextAssessment> findOpen();

    @Query("select * from context_assessment where closed_at is null and subject_id = any(:subjectIds) order by due_date, id")
    List<ContextAssessment> findOpenAbout(Long[] subjectIds);

    @Query("select * from context_assessment where subject_id = :subjectId order by started_at desc, id desc")
    List<ContextAssessment> findBySubject(long subjectId);
}
