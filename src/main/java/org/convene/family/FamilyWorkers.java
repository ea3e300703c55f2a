package org.convene.family;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/**
 * Thin job workers for bpmn/family-network-meeting.bpmn: each hands its job to {@link FamilySteps}. Public (class and
 * methods), as the SDK invokes them reflectively from its own package.
 */
@Component
public class FamilyWorkers {

    private final FamilySteps steps;

    FamilyWorkers(FamilySteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "family-allocation-late")
    public void allocationLate(@Variable Long referralId) {
        steps.allocationLate(referralId);
    }

    @JobWorker(type = "family-completion-late")
    public void completionLate(@Variable Long referralId) {
        steps.completionLate(referralId);
    }
}
