package org.convene.action;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ActionRepository extends ListCrudRepository<Action, Long> {

    List<Action> findByStatus(ActionStatus status);

    @Query("select * from action where meeting_id in (:meetingIds) order by id")
    List<Action> findByMeetings(List<Long> meetingIds);

    @Query("select * from action where status = 'OPEN' and due_date < :today")
    List<Action> findOpenDueBefore(LocalDate today);

    /**
     * The actions a person might see, newest first: owned by them or their agency, set by them, escalated to them, owned
     * by the people below them or by an agency they (or those people) lead, or all for an admin or auditor. It only
     * narrows the search: {@link ActionAccess} decides on each. The id lists are never empty (pass -1).
     */
    @Query("""
            select * from action a where (cast(:status as varchar) is null or a.status = :status) and (:everything
               or a.owner_person_id = :me or a.owner_agency_id = :agency or a.raised_by = :username
               or a.owner_person_id in (:people) or a.owner_agency_id in (:agencies)
               or exists (select 1 from action_escalation e where e.action_id = a.id and e.escalated_to_id = :me))
            order by a.id desc limit :limit offset :offset""")
    List<Action> findSeenBy(long me, String username, long agency, boolean everything, List<Long> people, List<Long> agencies,
                            String status, int limit, long offset);

    /**
     * Records the instance an action's process runs in without loading and saving the action: the engine answers after
     * the change that started it, when the person or the instance's first step may be saving the action. Saves never
     * write the key ({@code @ReadOnlyProperty}), so neither overwrites the other and the version stays as it is.
     */
    @Modifying
    @Query("update action set process_instance_key = :processInstanceKey where id = :id")
    void recordProcessInstance(long id, long processInstanceKey);
}
