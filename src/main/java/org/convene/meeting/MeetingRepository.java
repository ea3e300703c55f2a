package org.convene.meeting;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MeetingRepository extends ListCrudRepository<Meeting, Long> {

    @Query("select * from meeting where status not in ('CLOSED', 'CANCELLED') order by id")
    List<Meeting> findOpen();

    /** As {@code ActionRepository.recordProcessInstance}: the instance's first step may be saving the meeting now. */
    @Modifying
    @Query("update meeting set process_instance_key = :processInstanceKey where id = :id")
    void recordProcessInstance(long id, long processInstanceKey);

    @Query("select * from meeting where case_type = :caseType and case_id = :caseId order by id")
    List<Meeting> findByCase(String caseType, long caseId);

    @Query("select * from meeting where chair_id = :chairId and status not in ('CLOSED', 'CANCELLED') order by coalesce(starts_at, convene_by)")
    List<Meeting> findOpenChairedBy(long chairId);

    /**
     * The meetings a person might see, newest first: those they chair, asked for or are invited to (in person or through
     * their agency's inbox), those {@code alsoIds} that their part in a case lets them see, those of the chairs below them
     * (or asked for by them while unallocated), unallocated meetings for a chair, and all for an admin or auditor. It only
     * narrows the search: {@link MeetingAccess} decides on each. {@code reports}, {@code reportUsernames} and
     * {@code alsoIds} are never empty (pass a value that matches nothing).
     */
    @Query("""
            select * from meeting m where (cast(:status as varchar) is null or m.status = :status) and (:everything
               or m.chair_id = :me or m.requested_by = :username or m.id in (:alsoIds)
               or (:chair and m.chair_id is null and m.status not in ('CLOSED', 'CANCELLED'))
               or m.chair_id in (:reports) or (m.chair_id is null and m.requested_by in (:reportUsernames))
               or exists (select 1 from invitation i where i.meeting_id = m.id and i.removed_at is null
                          and (i.person_id = :me or (i.person_id is null and i.delegate_of_id is null and i.contact = 'EMAIL'
                                                     and i.agency_id = :agency))))
            order by m.id desc limit :limit offset :offset""")
    List<Meeting> findSeenBy(long me, String username, long agency, boolean chair, boolean everything, List<Long> reports,
                             List<String> reportUsernames, List<Long> alsoIds, String status, int limit, long offset);
}
