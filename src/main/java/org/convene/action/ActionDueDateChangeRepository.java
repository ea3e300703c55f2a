package org.convene.action;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ActionDueDateChangeRepository extends ListCrudRepository<ActionDueDateChange, Long> {

    List<ActionDueDateChange> findByActionIdOrderById(long actionId);
}
