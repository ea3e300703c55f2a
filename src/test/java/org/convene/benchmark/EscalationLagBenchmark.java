package org.convene.benchmark;

import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
 * Escalation lag on the embedded default: 10,000 open actions all reach their first escalation at the same moment;
 * the lag of each is the time from that moment (when the clocks are moved past it) to its escalation being
 * recorded with its mail in the outbox (one transaction). Run with {@code ./mvnw -Pbenchmark test -Dtest=EscalationLagBenchmark}.
 */
@ConveneTest
// As in the embedded default, nothing is sent by SMTP while measuring: mails stay in the outbox.
@TestPropertySource(properties = "convene.mail.dispatch-interval=PT1H")
class EscalationLagBenchmark {

    private static final int ACTIONS = Integer.getInteger("benchmark.actions", 10_000);

    @Autowired ActionService actions;
    @Autowired Directory directory;
    @Autowired Deadlines deadlines;
    @Autowired WorkingDayCalendar calendar;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;

    @Test
    void escalationLag() {
        long owner = directory.personByUsername("sam.social").orElseThrow().id();
        LocalDate due = calendar.addWorkingDays(time.today(), 3);
        long started = System.nanoTime();
        long firstId = actions.raise("cara.chair", "Benchmark action 0", owner, null, due).getId();
        for (int i = 1; i < ACTIONS; i++) {
            actions.raise("cara.chair", "Benchmark action " + i, owner, null, due);
        }
        long lastId = firstId + ACTIONS - 1;
        await().atMost(Duration.ofMinutes(10)).until(() -> count("select count(*) from action where id between ? and ? and process_instance_key is not null", firstId, lastId) == ACTIONS);
        double raisedPerSecond = ACTIONS / ((System.nanoTime() - started) / 1e9);

        Instant escalation = deadlines.after(due, Timescale.of("2 working days"));
        time.jump(Duration.between(time.now(), escalation.minus(Duration.ofMinutes(5))));
        await().atMost(Duration.ofMinutes(10)).until(() -> count("select count(*) from action where id between ? and ? and overdue_at is not null", firstId, lastId) == ACTIONS);

        // The escalations fall due the moment the clocks jump; lag is measured from the app-clock time just after it.
        Duration jump = Duration.ofMinutes(6);
        Instant dueFrom = time.now().plus(jump);
        time.jump(jump);
        await().atMost(Duration.ofMinutes(10)).until(() -> count("select count(*) from action_escalation where action_id between ? and ?", firstId, lastId) == ACTIONS);

        List<Double> lags = jdbc.queryForList("select escalated_at from action_escalation where action_id between ? and ?",
                        Timestamp.class, firstId, lastId).stream()
                .map(at -> Duration.between(dueFrom, at.toInstant()).toNanos() / 1e6).toList();
        long mails = count("select count(*) from outbox_mail where subject = 'An overdue action has been escalated to you' and created_at >= ?",
                Timestamp.from(dueFrom.minus(jump)));
        Percentiles p = new Percentiles(lags);
        Percentiles.report("escalation-lag", String.format(
                "%d open actions (raised and started at %.0f/s); escalation recorded with its mail in the outbox (%d mails): p50 %.0f ms, p99 %.0f ms, max %.0f ms",
                ACTIONS, raisedPerSecond, mails, p.at(50), p.at(99), p.at(100)));
    }

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }
}
