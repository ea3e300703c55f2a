package org.convene.assessment;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An action of an assessment's intervention plan: an action on the ladder like any other. */
@Table("context_assessment_action")
record PlanAction(@Id Long id, long assessmentId, long actionId) {
}
