package org.convene.action;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ActionRepository extends ListCrudRepository<Action, Long> {

    List<Action> findByStatus(ActionStatus status);

    @Query("select * from action where status = 'OPEN' and due_date < :today")
    List<Action> findOpenDueBefore(LocalDate today);
}
