package org.convene.locality;

import java.time.Clock;
import org.convene.workflow.Processes;
import org.convene.workflow.WorkflowProcess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps each series' process (bpmn/locality-meeting.bpmn) in step with the database: starts it when the series is set
 * up, brings it the next freeze when a date is moved or cancelled, and rebuilds it when the engine has lost it. A series
 * has no end, so its process always waits for the next agenda to send.
 */
@Component
class LocalityProcess extends WorkflowProcess<LocalitySeries> {

    static final String PROCESS_ID = "locality-meeting";
    static final String MESSAGE_DATES_CHANGED = "locality-dates-changed";
    static final String STEP_AWAIT_FREEZE = "await-freeze";

    private final LocalitySeriesRepository series;
    private final OccurrenceChangeRepository changes;
    private final AgendaSentRepository sent;
    private final LocalitySchedule schedule;
    private final Clock clock;

    LocalityProcess(LocalitySeriesRepository series, OccurrenceChangeRepository changes, AgendaSentRepository sent, LocalitySchedule schedule,
                    Processes processes, Clock clock) {
        super(PROCESS_ID, processes, series::findById, series::findAll, item -> schedule.variablesFor(item, changes.findBySeriesId(item.getId()),
                sent.findBySeriesId(item.getId()), clock.instant()), series::recordProcessInstance);
        this.series = series;
        this.changes = changes;
        this.sent = sent;
        this.schedule = schedule;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void created(LocalityEvents.SeriesCreated created) {
        start(created.seriesId());
    }

    @TransactionalEventListener
    void datesChanged(LocalityEvents.DatesChanged changed) {
        series.findById(changed.seriesId()).ifPresent(item -> publish(MESSAGE_DATES_CHANGED, item.getId(),
                schedule.variablesFor(item, changes.findBySeriesId(item.getId()), sent.findBySeriesId(item.getId()), clock.instant())));
    }

    @Override
    protected String stepReached(LocalitySeries item) {
        return STEP_AWAIT_FREEZE;
    }
}
