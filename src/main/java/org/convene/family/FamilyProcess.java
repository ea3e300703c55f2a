package org.convene.family;

import java.util.Map;
import org.convene.workflow.Processes;
import org.convene.workflow.WorkflowProcess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps each open referral's process (bpmn/family-network-meeting.bpmn) in step with the database: starts it when the
 * family is referred, tells it of each stage reached and of the family declining, and rebuilds it at the stage the
 * database records when the engine has lost it. Its meetings run in their own processes (bpmn/meeting.bpmn).
 */
@Component
class FamilyProcess extends WorkflowProcess<FamilyReferral> {

    static final String PROCESS_ID = "family-network-meeting";
    static final String MESSAGE_ALLOCATED = "family-allocated";
    static final String MESSAGE_BASELINE_RECORDED = "family-baseline-recorded";
    static final String MESSAGE_PREPARED = "family-prepared";
    static final String MESSAGE_PLAN_AGREED = "family-plan-agreed";
    static final String MESSAGE_PLAN_SENT = "family-plan-sent";
    static final String MESSAGE_REVIEWED = "family-reviewed";
    static final String MESSAGE_DECLINED = "family-declined";
    static final String STEP_AWAIT_ALLOCATION = "await-allocation";
    static final String STEP_AWAIT_BASELINE = "await-baseline";
    static final String STEP_AWAIT_PREPARATION = "await-preparation";
    static final String STEP_AWAIT_PLAN = "await-plan";
    static final String STEP_AWAIT_PLAN_SENT = "await-plan-sent";
    static final String STEP_AWAIT_REVIEW = "await-review";

    FamilyProcess(FamilyReferralRepository referrals, FamilySchedule schedule, Processes processes) {
        super(PROCESS_ID, processes, referrals::findById, referrals::findOpen, schedule::variablesFor, referrals::recordProcessInstance);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void referred(FamilyEvents.Referred referred) {
        start(referred.referralId());
    }

    @TransactionalEventListener
    void movedOn(FamilyEvents.MovedOn moved) {
        publish(moved.message(), moved.referralId(), Map.of());
    }

    @TransactionalEventListener
    void declined(FamilyEvents.Declined declined) {
        publish(MESSAGE_DECLINED, declined.referralId(), Map.of());
    }

    @Override
    protected String stepReached(FamilyReferral referral) {
        return switch (referral.getStatus()) {
            case REFERRED -> STEP_AWAIT_ALLOCATION;
            case BASELINE -> STEP_AWAIT_BASELINE;
            case PREPARATION -> STEP_AWAIT_PREPARATION;
            case MEETING, PRIVATE_TIME -> STEP_AWAIT_PLAN;
            case PLAN -> STEP_AWAIT_PLAN_SENT;
            case REVIEW -> STEP_AWAIT_REVIEW;
            case CLOSED, DECLINED -> null;
        };
    }
}
