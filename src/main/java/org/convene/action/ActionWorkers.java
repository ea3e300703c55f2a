package org.convene.action;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** Thin job workers for the action process: each hands its job to {@link ActionSteps}. Public (class and methods), as the SDK invokes them reflectively from its own package. */
@Component
public class ActionWorkers {

    private final ActionSteps steps;

    ActionWorkers(ActionSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "action-remind")
    public void remind(ActivatedJob job, @Variable Long actionId) {
        if ("due-today".equals(job.getCustomHeaders().get("when"))) {
            steps.remindOnDueDay(actionId);
        } else {
            steps.remindBeforeDue(actionId);
        }
    }

    @JobWorker(type = "action-overdue")
    public void overdue(@Variable Long actionId) {
        steps.markOverdue(actionId);
    }

    @JobWorker(type = "action-escalate")
    public void escalate(ActivatedJob job, @Variable Long actionId) {
        steps.escalate(actionId, Integer.parseInt(job.getCustomHeaders().get("rung")));
    }
}
