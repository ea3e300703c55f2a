package org.convene.subject;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SubjectRepository extends ListCrudRepository<Subject, Long> {

    List<Subject> findByKindNot(SubjectKind kind);

    List<Subject> findByKindAndReference(SubjectKind kind, String reference);

    @Query("select s.* from subject s join subject_case c on c.subject_id = s.id where c.case_type = :caseType and c.case_id = :caseId order by c.position, s.id")
    List<Subject> findByCase(String caseType, long caseId);
}
