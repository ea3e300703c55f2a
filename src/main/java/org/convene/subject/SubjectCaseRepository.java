package org.convene.subject;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SubjectCaseRepository extends ListCrudRepository<SubjectCase, Long> {

    List<SubjectCase> findBySubjectId(long subjectId);

    /** The subjects of many cases of one type, in one query (one array parameter, however many cases). */
    @Query("select * from subject_case where case_type = :caseType and case_id = any(:caseIds) order by case_id, position, id")
    List<SubjectCase> findByCases(String caseType, Long[] caseIds);
}
