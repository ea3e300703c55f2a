package org.convene.benchmark;

import static org.awaitility.Awaitility.await;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.convene.calendar.Deadlines;
import org.convene.calendar.Timescale;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Escalation lag with 10,000 open actions on the embedded default, where the engine cannot keep up with that many
 * instances (see docs/benchmarks.md) and the sweep does the escalating: 10,000 open, overdue actions whose first rung
 * falls due at one instant, with no process behind them; the sweep runs on its schedule (here every 30 s, 30 s grace).
 * Lag is from the moment the rung fell due to the escalation recorded with its mail in the outbox.
 * Run with {@code ./mvnw -Pbenchmark test -Dtest=SweepEscalationLagBenchmark}.
 */
@ConveneTest
@TestPropertySource(properties = {"convene.mail.dispatch-interval=PT1H", "convene.actions.sweep-interval=PT30S",
        "convene.actions.sweep-grace=PT30S"})
class SweepEscalationLagBenchmark {

    private static final int ACTIONS = Integer.getInteger("benchmark.actions", 10_000);

    @Autowired WorkingDayCalendar calendar;
    @Autowired Deadlines deadlines;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;

    @Test
    void escalationLagThroughTheSweep() {
        LocalDate due = calendar.addWorkingDays(time.today(), 1);
        Instant fallsDue = deadlines.after(due, Timescale.of("2 working days"));
        long first = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from action", Long.class);
        jdbc.update("""
                insert into action (title, owner_person_id, due_date, status, raised_by, raised_at, overdue_at, escalation_level, version)
                select 'Benchmark action ' || n, (select id from person where username = 'sam.social'), ?, 'OPEN', 'cara.chair', ?, ?, 0, 1
                from generate_series(1, ?) as n""", Date.valueOf(due), Timestamp.from(time.now()), Timestamp.from(time.now()), ACTIONS);
        time.jump(Duration.between(time.now(), fallsDue));
        await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofSeconds(2)).until(() -> jdbc.queryForObject(
                "select count(*) from action_escalation where action_id >= ?", Long.class, first) == ACTIONS);
        List<Double> lags = jdbc.queryForList("select escalated_at from action_escalation where action_id >= ?", Timestamp.class, first)
                .stream().map(at -> Duration.between(fallsDue, at.toInstant()).toNanos() / 1e6).toList();
        Percentiles p = new Percentiles(lags);
        Percentiles.report("sweep-escalation-lag", String.format(
                "%d open overdue actions, first rung falling due at once, sweep every 30 s with 30 s grace: escalation recorded with its "
                        + "mail in the outbox p50 %.1f s, p99 %.1f s, max %.1f s", ACTIONS, p.at(50) / 1000, p.at(99) / 1000, p.at(100) / 1000));
    }
}
