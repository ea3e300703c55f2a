package org.convene.strategy;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/**
 * Thin job workers for bpmn/strategy-discussion.bpmn: each hands its job to {@link StrategySteps}. Public (class and
 * methods), as the SDK invokes them reflectively from its own package.
 */
@Component
public class StrategyWorkers {

    private final StrategySteps steps;

    StrategyWorkers(StrategySteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "strategy-escalate-outcome-late")
    public void escalateOutcomeLate(@Variable Long caseId) {
        steps.escalateOutcomeLate(caseId);
    }
}
