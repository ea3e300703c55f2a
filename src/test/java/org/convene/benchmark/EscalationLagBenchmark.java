package org.convene.benchmark;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convene.action.ActionService;
import org.convene.calendar.Deadlines;
import org.convene.calendar.Timescale;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.directory.Directory;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Escalation lag on the embedded default: of 10,000 open actions ({@code benchmark.actions}), 1,000
 * ({@code benchmark.due}; all of them when it is not given) reach their first escalation at the same moment while the
 * rest wait for later dates; the lag of each is the time from that moment (when the clocks are moved past it) to its
 * escalation being recorded with its mail in the outbox (one transaction). Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=EscalationLagBenchmark -Dbenchmark.actions=10000 -Dbenchmark.due=1000}.
 */
@ConveneTest
// As in the embedded default, nothing is sent by SMTP while measuring: mails stay in the outbox.
@TestPropertySource(properties = "convene.mail.dispatch-interval=PT1H")
class EscalationLagBenchmark {

    private static final int ACTIONS = Integer.getInteger("benchmark.actions", 10_000);
    private static final int DUE = Integer.getInteger("benchmark.due", ACTIONS);
    /** The others are due this many working days after the mass, so that they stay open, waiting on their reminders. */
    private static final int LATER = 30;
    /** Actions whose escalations each fall due alone, on working days before the mass of them. */
    private static final int ALONE = 20;
    private static final int SPACING = 6;

    @Autowired ActionService actions;
    @Autowired Directory directory;
    @Autowired Deadlines deadlines;
    @Autowired WorkingDayCalendar calendar;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;

    @Test
    void escalationLag() throws Exception {
        long owner = directory.personByUsername("sam.social").orElseThrow().id();
        // Due 6 working days apart, so that no timer of one falls with another's, and the mass due well after them all
        LocalDate due = calendar.addWorkingDays(time.today(), 3 + SPACING * ALONE + 8);
        List<Long> alone = new ArrayList<>();
        for (int i = 0; i < ALONE; i++) {
            alone.add(actions.raise("cara.chair", "Benchmark action alone " + i, owner, null,
                    calendar.addWorkingDays(time.today(), 3 + SPACING * i)).getId());
        }
        long started = System.nanoTime();
        LocalDate later = calendar.addWorkingDays(due, LATER);
        long firstId = actions.raise("cara.chair", "Benchmark action 0", owner, null, due).getId();
        for (int i = 1; i < ACTIONS; i++) {
            actions.raise("cara.chair", "Benchmark action " + i, owner, null, i < DUE ? due : later);
        }
        long lastId = firstId + DUE - 1;
        long lastOpen = firstId + ACTIONS - 1;
        await().atMost(Duration.ofMinutes(10)).until(() -> count("select count(*) from action where id between ? and ? and process_instance_key is not null", firstId, lastOpen) == ACTIONS);
        double raisedPerSecond = ACTIONS / ((System.nanoTime() - started) / 1e9);
        Percentiles single = singleEscalations(alone);

        Instant escalation = deadlines.after(due, Timescale.of("2 working days"));
        time.jump(Duration.between(time.now(), escalation.minus(Duration.ofMinutes(5))));
        await().atMost(Duration.ofMinutes(10)).until(() -> count("select count(*) from action where id between ? and ? and overdue_at is not null", firstId, lastId) == DUE);

        // The escalations fall due the moment the clocks jump; lag is measured from the app-clock time just after it.
        Duration jump = Duration.ofMinutes(6);
        Instant dueFrom = time.now().plus(jump);
        time.jump(jump);
        await().atMost(Duration.ofMinutes(10)).until(() -> count("select count(*) from action_escalation where action_id between ? and ?", firstId, lastId) == DUE);

        List<Double> lags = jdbc.queryForList("select escalated_at from action_escalation where action_id between ? and ?",
                        Timestamp.class, firstId, lastId).stream()
                .map(at -> Duration.between(dueFrom, at.toInstant()).toNanos() / 1e6).toList();
        long mails = count("select count(*) from outbox_mail where subject = 'An overdue action has been escalated to you' and created_at >= ?",
                Timestamp.from(dueFrom.minus(jump)));
        Percentiles p = new Percentiles(lags);
        Duration bare = bareEngineFiringTheSameTimers();
        double ratio = p.at(100) / bare.toMillis();
        Percentiles.report("escalation-lag", String.format(
                "%d open actions (raised and started at %.0f/s), %d falling due at once; escalation recorded with its mail in the outbox (%d mails): "
                        + "p50 %.0f ms, p99 %.0f ms, max %.0f ms; the bare engine, with as many open, fires the same %d escalation timers of "
                        + "bpmn/action.bpmn with no-op workers in %d ms: ratio %.2f (goal at most 1.5)", ACTIONS, raisedPerSecond, DUE, mails, p.at(50),
                p.at(99), p.at(100), DUE, bare.toMillis(), ratio));
        Percentiles.report("escalation-lag", String.format(
                "with %d open actions, %d escalations each falling due alone: lag p50 %.0f ms, p99 %.0f ms (goal at most 1,000 ms)",
                ACTIONS + ALONE, ALONE, single.at(50), single.at(99)));
    }

    /**
     * With everything open, each of the actions due earlier reaches its first escalation on a working day of its own:
     * the clocks move to just before it, then past it, and its lag is measured as for the mass below.
     */
    private Percentiles singleEscalations(List<Long> alone) {
        List<Double> lags = new ArrayList<>();
        for (int i = 0; i < alone.size(); i++) {
            long id = alone.get(i);
            LocalDate dueDate = jdbc.queryForObject("select due_date from action where id = ?", LocalDate.class, id);
            Instant escalation = deadlines.after(dueDate, Timescale.of("2 working days"));
            time.jump(Duration.between(time.now(), escalation.minus(Duration.ofMinutes(5))));
            await().atMost(Duration.ofMinutes(5)).until(() -> count("select count(*) from action where id = ? and overdue_at is not null", id) == 1);
            Duration jump = Duration.ofMinutes(6);
            Instant dueFrom = time.now().plus(jump);
            time.jump(jump);
            await().atMost(Duration.ofMinutes(5)).until(() -> count("select count(*) from action_escalation where action_id between ? and ?", id, id) >= 1);
            Timestamp at = jdbc.queryForObject("select min(escalated_at) from action_escalation where action_id = ?", Timestamp.class, id);
            lags.add(Duration.between(dueFrom, at.toInstant()).toNanos() / 1e6);
        }
        return new Percentiles(lags);
    }

    /**
     * The same number of action processes on the engine alone: as many as fall due past their reminders and overdue
     * step, the rest waiting for their reminders weeks later; then those first escalations due at one instant: the time
     * from moving the clock past it to the last escalation job done.
     */
    private Duration bareEngineFiringTheSameTimers() throws Exception {
        try (BareEngine bare = new BareEngine(Path.of("bpmn", "action.bpmn"))) {
            Instant past = Instant.now().minus(Duration.ofMinutes(1));
            Instant escalation = Instant.now().plus(Duration.ofMinutes(10));
            Instant weeksLater = escalation.plus(Duration.ofDays(42));
            for (int i = 0; i < ACTIONS; i++) {
                Instant reminders = i < DUE ? past : weeksLater;
                Instant firstEscalation = i < DUE ? escalation : weeksLater.plus(Duration.ofDays(7));
                bare.start("action", Map.of("actionKey", "bare-" + i, "actionId", i, "reminderAt", reminders.toString(),
                        "dueDayReminderAt", reminders.toString(), "overdueAt", reminders.toString(), "firstEscalationAt", firstEscalation.toString(),
                        "secondEscalationAt", firstEscalation.plus(Duration.ofDays(10)).toString()));
            }
            bare.awaitCompleted("action-overdue", DUE, Duration.ofMinutes(10));
            bare.advance(Duration.ofMinutes(11));
            return bare.awaitCompleted("action-escalate", DUE, Duration.ofMinutes(10));
        }
    }

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }
}
