package org.convene.assessment;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface PlanActionRepository extends ListCrudRepository<PlanAction, Long> {

    List<PlanAction> findByAssessmentIdOrderById(long assessmentId);
}
