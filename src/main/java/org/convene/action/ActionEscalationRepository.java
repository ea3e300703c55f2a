package org.convene.action;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ActionEscalationRepository extends ListCrudRepository<ActionEscalation, Long> {

    List<ActionEscalation> findByActionIdOrderById(long actionId);

    List<ActionEscalation> findByActionIdIn(Collection<Long> actionIds);
}
