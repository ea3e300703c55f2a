package org.convene.benchmark;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.convene.action.ActionSweepBenchmarkAccess;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The escalation guarantee that does not depend on the engine: 10,000 open actions, three working days overdue, with
 * no process behind them (as if every timer were lost or late); one sweep marks each overdue and escalates it to its
 * first rung, with its mails, from the database. Run with {@code ./mvnw -Pbenchmark test -Dtest=SweepBenchmark}.
 */
@ConveneTest
@TestPropertySource(properties = "convene.mail.dispatch-interval=PT1H")
@Import(ActionSweepBenchmarkAccess.class)
class SweepBenchmark {

    private static final int ACTIONS = Integer.getInteger("benchmark.actions", 10_000);

    @Autowired ActionSweepBenchmarkAccess sweep;
    @Autowired WorkingDayCalendar calendar;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;

    @Test
    void sweepingTenThousandOverdueActions() {
        LocalDate due = calendar.addWorkingDays(time.today(), -3);
        long first = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from action", Long.class);
        jdbc.update("""
                insert into action (title, owner_person_id, due_date, status, raised_by, raised_at, escalation_level, version)
                select 'Benchmark action ' || n, (select id from person where username = 'sam.social'), ?, 'OPEN', 'cara.chair', ?, 0, 1
                from generate_series(1, ?) as n""", Date.valueOf(due), Timestamp.from(time.now()), ACTIONS);
        long started = System.nanoTime();
        sweep.sweep();
        double seconds = (System.nanoTime() - started) / 1e9;
        long escalated = jdbc.queryForObject("select count(*) from action_escalation where action_id >= ?", Long.class, first);
        long mails = jdbc.queryForObject("select count(*) from outbox_mail where created_at >= ?", Long.class,
                Timestamp.from(time.now().minusSeconds((long) seconds + 5)));
        Percentiles.report("sweep", String.format(
                "%d open actions 3 working days overdue, no process behind them: one sweep marked them overdue and escalated %d "
                        + "(with %d mails queued) in %.1f s, %.0f actions/s",
                ACTIONS, escalated, mails, seconds, ACTIONS / seconds));
    }
}
