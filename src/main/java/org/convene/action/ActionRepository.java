package org.convene.action;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ActionRepository extends ListCrudRepository<Action, Long> {

    List<Action> findByStatus(ActionStatus status);

    @Query("select * from action where status = 'OPEN' and due_date < :today")
    List<Action> findOpenDueBefore(LocalDate today);

    /**
     * Records the instance an action's process runs in without loading and saving the action: the instance's first
     * step may be saving it at this moment. The version moves on, so a step holding an older copy retries on fresh data.
     */
    @Modifying
    @Query("update action set process_instance_key = :processInstanceKey, version = version + 1 where id = :id")
    void recordProcessInstance(long id, long processInstanceKey);
}
