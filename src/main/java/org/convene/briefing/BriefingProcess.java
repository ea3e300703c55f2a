package org.convene.briefing;

import java.time.Clock;
import org.convene.workflow.Processes;
import org.convene.workflow.WorkflowProcess;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps each working day's briefing process (bpmn/daily-briefing.bpmn) in step with the database: starts it when the
 * briefing is scheduled, and rebuilds it at the right step when the engine has lost it. Each briefing schedules the
 * next as it opens; at start-up the next one is made sure of, so that the chain always has a next link.
 */
@Component
class BriefingProcess extends WorkflowProcess<DailyBriefing> implements ApplicationRunner {

    static final String PROCESS_ID = "daily-briefing";
    static final String STEP_AWAIT_BRIEFING = "await-briefing";
    static final String STEP_AWAIT_DAY_END = "await-day-end";

    private final DailyBriefingRepository briefings;
    private final BriefingSchedule schedule;
    private final Clock clock;

    BriefingProcess(DailyBriefingRepository briefings, BriefingSchedule schedule, Processes processes, Clock clock) {
        super(PROCESS_ID, processes, briefings::findById, briefings::findOpen, schedule::variablesFor, briefings::recordProcessInstance);
        this.briefings = briefings;
        this.schedule = schedule;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void scheduled(BriefingEvents.Scheduled scheduled) {
        start(scheduled.briefingId());
    }

    /**
     * Before process recovery (which follows the application runners), makes sure the next briefing exists. It is saved
     * without the event that would start its process: recovery starts it with the other open briefings, and starting it
     * here too would run it twice.
     */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var date = schedule.nextBriefingDate(clock.instant());
        if (briefings.findByBriefingDate(date).isEmpty()) {
            briefings.save(DailyBriefing.scheduled(date, schedule.startsAt(date), schedule.coversFrom(date)));
        }
    }

    @Override
    protected String stepReached(DailyBriefing briefing) {
        return switch (briefing.getStatus()) {
            case SCHEDULED -> STEP_AWAIT_BRIEFING;
            case OPEN -> STEP_AWAIT_DAY_END;
            case DONE -> null;
        };
    }
}
