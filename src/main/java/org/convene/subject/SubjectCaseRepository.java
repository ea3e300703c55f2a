package org.convene.subject;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface SubjectCaseRepository extends ListCrudRepository<SubjectCase, Long> {

    List<SubjectCase> findBySubjectId(long subjectId);
}
