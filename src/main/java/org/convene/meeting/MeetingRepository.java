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
    @Query("update meeting set process_instance_key = :processInstanceKey, version = version + 1 where id = :id")
    void recordProcessInstance(long id, long processInstanceKey);

    @Query("select * from meeting where chair_id = :chairId and status not in ('CLOSED', 'CANCELLED') order by coalesce(starts_at, convene_by)")
    List<Meeting> findOpenChairedBy(long chairId);
}
