package org.convene.action;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ActionReassignmentRepository extends ListCrudRepository<ActionReassignment, Long> {

    List<ActionReassignment> findByActionIdOrderById(long actionId);
}
