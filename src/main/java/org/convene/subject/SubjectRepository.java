package org.convene.subject;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SubjectRepository extends ListCrudRepository<Subject, Long> {

    List<Subject> findByKindNot(SubjectKind kind);

    List<Subject> findByKindAndReference(SubjectKind kind, String reference);

    /** A child by name and date of birth: the earliest recorded. */
    @Query("select * from subject where kind = :kind and lower(name) = lower(:name) and date_of_birth = :dateOfBirth order by id limit 1")
    Optional<Subject> findKnown(String kind, String name, LocalDate dateOfBirth);

    /** A subject by name alone (a peer group, a location, a child whose date of birth is not known): the earliest recorded. */
    @Query("select * from subject where kind = :kind and lower(name) = lower(:name) and date_of_birth is null order by id limit 1")
    Optional<Subject> findKnown(String kind, String name);

    @Query("select s.* from subject s join subject_case c on c.subject_id = s.id where c.case_type = :caseType and c.case_id = :caseId order by c.position, s.id")
    List<Subject> findByCase(String caseType, long caseId);
}
