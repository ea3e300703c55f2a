package org.convene.action;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.convene.calendar.Deadlines;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Actions on the actuator's Prometheus endpoint: how many are open, overdue and escalated (read from the database
 * at each scrape), and how many escalations have fired.
 */
@Component
class ActionMetrics {

    private final Map<Integer, Counter> escalationsFired = new HashMap<>();

    ActionMetrics(MeterRegistry registry, JdbcTemplate jdbc, Deadlines deadlines, Clock clock) {
        for (int rung = 1; rung <= 2; rung++) {
            escalationsFired.put(rung, Counter.builder("convene.escalations.fired").tag("rung", String.valueOf(rung))
                    .description("Escalations fired").register(registry));
        }
        Gauge.builder("convene.actions.open", () -> jdbc.queryForObject(
                        "select count(*) from action where status = 'OPEN'", Long.class))
                .description("Open actions").register(registry);
        Gauge.builder("convene.actions.overdue", () -> jdbc.queryForObject(
                        "select count(*) from action where status = 'OPEN' and due_date < ?", Long.class, today(deadlines, clock)))
                .description("Open actions past their due date").register(registry);
        Gauge.builder("convene.actions.escalated", () -> jdbc.queryForObject(
                        "select count(*) from action where status = 'OPEN' and escalation_level > 0", Long.class))
                .description("Open actions on the escalation ladder").register(registry);
    }

    void escalationFired(int rung) {
        escalationsFired.get(rung).increment();
    }

    private static LocalDate today(Deadlines deadlines, Clock clock) {
        return deadlines.today(clock);
    }
}
