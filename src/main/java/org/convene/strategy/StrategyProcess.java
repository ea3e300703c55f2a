package org.convene.strategy;

import java.util.List;
import java.util.Map;
import org.convene.workflow.Processes;
import org.convene.workflow.WorkflowProcess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps each open concern's process (bpmn/strategy-discussion.bpmn) in step with the database: starts it when the
 * concern is raised, tells it when an enquiry starts (with its outcome's due date), when the outcome is recorded and
 * when the concern ends, and rebuilds it at the right step when the engine has lost it. Its meetings run in their own
 * processes (bpmn/meeting.bpmn).
 */
@Component
class StrategyProcess extends WorkflowProcess<StrategyCase> {

    static final String PROCESS_ID = "strategy-discussion";
    static final String MESSAGE_ENQUIRY_STARTED = "strategy-enquiry-started";
    static final String MESSAGE_OUTCOME_RECORDED = "strategy-outcome-recorded";
    static final String MESSAGE_ENDED = "strategy-ended";
    static final String STEP_AWAIT_ENQUIRY = "await-enquiry";
    static final String STEP_AWAIT_OUTCOME = "await-outcome";

    private final StrategyCaseRepository cases;
    private final StrategySchedule schedule;

    StrategyProcess(StrategyCaseRepository cases, StrategySchedule schedule, Processes processes) {
        super(PROCESS_ID, processes, cases::findById, cases::findOpen, schedule::variablesFor, cases::recordProcessInstance);
        this.cases = cases;
        this.schedule = schedule;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void raised(StrategyEvents.Raised raised) {
        start(raised.caseId());
    }

    /** Starting the enquiry sets the date of its outcome, so it travels with the message. */
    @TransactionalEventListener
    void enquiryStarted(StrategyEvents.EnquiryStarted started) {
        cases.findById(started.caseId()).ifPresent(strategy -> publish(MESSAGE_ENQUIRY_STARTED, strategy.getId(), schedule.variablesFor(strategy)));
    }

    @TransactionalEventListener
    void outcomeRecorded(StrategyEvents.OutcomeRecorded recorded) {
        publish(MESSAGE_OUTCOME_RECORDED, recorded.caseId(), Map.of());
    }

    @TransactionalEventListener
    void ended(StrategyEvents.Ended ended) {
        publish(MESSAGE_ENDED, ended.caseId(), Map.of());
    }

    @Override
    protected String stepReached(StrategyCase strategy) {
        return switch (strategy.getStatus()) {
            case OPEN -> STEP_AWAIT_ENQUIRY;
            case ENQUIRY -> STEP_AWAIT_OUTCOME;
            case CLOSED, CANCELLED -> null;
        };
    }
}
