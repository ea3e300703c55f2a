package org.convene.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.convene.calendar.Deadlines;
import org.convene.calendar.Timescale;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.directory.Directory;
import org.convene.support.ConveneTest;
import org.convene.support.HeldLock;
import org.convene.support.TimeMachine;
import org.convene.workflow.Processes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * When an action's process is lost, the sweep still marks it overdue and escalates it, once; and it sweeps on one
 * replica at a time.
 */
@ConveneTest
class ActionSweepTest {

    @Autowired ActionService actions;
    @Autowired ActionEscalationRepository escalations;
    @Autowired ActionRepository repository;
    @Autowired ActionSweep sweep;
    @Autowired Processes processes;
    @Autowired Directory directory;
    @Autowired Deadlines deadlines;
    @Autowired WorkingDayCalendar calendar;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;
    @Autowired LockProvider lockProvider;

    @Test
    void theSweepCatchesUpWhatALostTimerDidNotDo() {
        long sam = directory.personByUsername("sam.social").orElseThrow().id();
        Action action = actions.raise("cara.chair", "Review the safety plan", sam, null, calendar.addWorkingDays(time.today(), 3));
        long id = action.getId();
        await().until(() -> repository.findById(id).orElseThrow().getProcessInstanceKey() != null);
        processes.cancel(repository.findById(id).orElseThrow().getProcessInstanceKey());

        time.advanceTo(deadlines.after(action.getDueDate(), Timescale.of("2 working days")).plus(Duration.ofMinutes(16)));
        assertThat(repository.findById(id).orElseThrow().getOverdueAt()).as("no timer left to do it").isNull();

        try (HeldLock other = HeldLock.asAnotherReplica(lockProvider, "action-sweep")) {
            sweep.sweepOnSchedule();
            assertThat(repository.findById(id).orElseThrow().getOverdueAt()).as("swept while another replica sweeps").isNull();
        }
        // Until the scheduler's own sweep, which might hold the lock this moment, has let it go
        await().untilAsserted(() -> {
            sweep.sweepOnSchedule();
            assertThat(repository.findById(id).orElseThrow().getOverdueAt()).isNotNull();
        });
        sweep.sweep();
        Action swept = repository.findById(id).orElseThrow();
        assertThat(swept.getOverdueAt()).isNotNull();
        assertThat(swept.getEscalationLevel()).isEqualTo(1);
        assertThat(escalations.findByActionIdOrderById(id)).hasSize(1);
        assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'action' and entity_id = ? order by seq",
                String.class, String.valueOf(id))).containsExactly("action.raised", "action.overdue", "action.escalated");
    }
}
